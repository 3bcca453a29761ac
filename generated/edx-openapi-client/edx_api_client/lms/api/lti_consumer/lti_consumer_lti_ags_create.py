from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.lti_consumer_line_item import LtiConsumerLineItem
from ...types import Response


def _get_kwargs(
    lti_config_id: str,
    *,
    body: LtiConsumerLineItem,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/lti_consumer/v1/lti/{lti_config_id}/lti-ags".format(
            lti_config_id=quote(str(lti_config_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.ims.lis.v2.lineitem+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LtiConsumerLineItem:
    if response.status_code == 201:
        response_201 = LtiConsumerLineItem.from_dict(response.json())

        return response_201

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LtiConsumerLineItem]:
    try:
        parsed = _parse_response(client=client, response=response)
    except errors.EdxApiError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.invalid_response(response, exc) from exc
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    lti_config_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: LtiConsumerLineItem,
) -> Response[LtiConsumerLineItem]:
    """Create a line item

    The LTI Advantage Assignment and Grade Services line item endpoint: adds a line item to the LTI
    configuration `lti_config_id`. `label`, `resourceId` and `scoreMaximum` must be sent; `id` is
    assigned by the server. Only the LTI tool holding an access token for this configuration with the
    line item scope may call it; anything else gets 403.

    Who may call: the service worker of another edX service. Anyone else gets 403. Called by the
    external LTI 1.3 tool, not by an edX user: the request must carry an LTI access token issued for the
    configuration `lti_config_id` and granting the line item scope. A missing or invalid token, an
    unknown configuration or a token without that scope all answer 403.

    Args:
        lti_config_id (str):
        body (LtiConsumerLineItem): An LTI Advantage Assignment and Grade Services line item (a
            gradebook column) of an LTI configuration. A line item must name its resource, its
            resource link, or both.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[LtiConsumerLineItem]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        lti_config_id=lti_config_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    lti_config_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: LtiConsumerLineItem,
) -> LtiConsumerLineItem:
    """Create a line item

    The LTI Advantage Assignment and Grade Services line item endpoint: adds a line item to the LTI
    configuration `lti_config_id`. `label`, `resourceId` and `scoreMaximum` must be sent; `id` is
    assigned by the server. Only the LTI tool holding an access token for this configuration with the
    line item scope may call it; anything else gets 403.

    Who may call: the service worker of another edX service. Anyone else gets 403. Called by the
    external LTI 1.3 tool, not by an edX user: the request must carry an LTI access token issued for the
    configuration `lti_config_id` and granting the line item scope. A missing or invalid token, an
    unknown configuration or a token without that scope all answer 403.

    Args:
        lti_config_id (str):
        body (LtiConsumerLineItem): An LTI Advantage Assignment and Grade Services line item (a
            gradebook column) of an LTI configuration. A line item must name its resource, its
            resource link, or both.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        LtiConsumerLineItem
    """

    return sync_detailed(
        lti_config_id=lti_config_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    lti_config_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: LtiConsumerLineItem,
) -> Response[LtiConsumerLineItem]:
    """Create a line item

    The LTI Advantage Assignment and Grade Services line item endpoint: adds a line item to the LTI
    configuration `lti_config_id`. `label`, `resourceId` and `scoreMaximum` must be sent; `id` is
    assigned by the server. Only the LTI tool holding an access token for this configuration with the
    line item scope may call it; anything else gets 403.

    Who may call: the service worker of another edX service. Anyone else gets 403. Called by the
    external LTI 1.3 tool, not by an edX user: the request must carry an LTI access token issued for the
    configuration `lti_config_id` and granting the line item scope. A missing or invalid token, an
    unknown configuration or a token without that scope all answer 403.

    Args:
        lti_config_id (str):
        body (LtiConsumerLineItem): An LTI Advantage Assignment and Grade Services line item (a
            gradebook column) of an LTI configuration. A line item must name its resource, its
            resource link, or both.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[LtiConsumerLineItem]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        lti_config_id=lti_config_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    lti_config_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: LtiConsumerLineItem,
) -> LtiConsumerLineItem:
    """Create a line item

    The LTI Advantage Assignment and Grade Services line item endpoint: adds a line item to the LTI
    configuration `lti_config_id`. `label`, `resourceId` and `scoreMaximum` must be sent; `id` is
    assigned by the server. Only the LTI tool holding an access token for this configuration with the
    line item scope may call it; anything else gets 403.

    Who may call: the service worker of another edX service. Anyone else gets 403. Called by the
    external LTI 1.3 tool, not by an edX user: the request must carry an LTI access token issued for the
    configuration `lti_config_id` and granting the line item scope. A missing or invalid token, an
    unknown configuration or a token without that scope all answer 403.

    Args:
        lti_config_id (str):
        body (LtiConsumerLineItem): An LTI Advantage Assignment and Grade Services line item (a
            gradebook column) of an LTI configuration. A line item must name its resource, its
            resource link, or both.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        LtiConsumerLineItem
    """

    return (
        await asyncio_detailed(
            lti_config_id=lti_config_id,
            client=client,
            body=body,
        )
    ).parsed
