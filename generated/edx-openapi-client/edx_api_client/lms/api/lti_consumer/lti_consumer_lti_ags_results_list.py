from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.lti_consumer_result import LtiConsumerResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    lti_config_id: str,
    id: str,
    user_id: str,
    *,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/lti_consumer/v1/lti/{lti_config_id}/lti-ags/{id}/results/{user_id}".format(
            lti_config_id=quote(str(lti_config_id), safe=""),
            id=quote(str(id), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[LtiConsumerResult]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = LtiConsumerResult.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[LtiConsumerResult]]:
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
    id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
) -> Response[list[LtiConsumerResult]]:
    """List a user's results for a line item

    Returns the Result records of the line item `id` for the user `user_id`, most recent timestamp
    first; `limit` caps how many are returned. Only the LTI tool holding an access token for this
    configuration with the read-only result scope may call it; anything else gets 403.

    Who may call: the service worker of another edX service. Anyone else gets 403. Called by the
    external LTI 1.3 tool, not by an edX user: the request must carry an LTI access token issued for the
    configuration `lti_config_id` and granting the read-only result scope. A missing or invalid token,
    an unknown configuration or a token without that scope all answer 403.

    Args:
        lti_config_id (str):
        id (str):
        user_id (str):
        limit (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[list[LtiConsumerResult]]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        lti_config_id=lti_config_id,
        id=id,
        user_id=user_id,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    lti_config_id: str,
    id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
) -> list[LtiConsumerResult]:
    """List a user's results for a line item

    Returns the Result records of the line item `id` for the user `user_id`, most recent timestamp
    first; `limit` caps how many are returned. Only the LTI tool holding an access token for this
    configuration with the read-only result scope may call it; anything else gets 403.

    Who may call: the service worker of another edX service. Anyone else gets 403. Called by the
    external LTI 1.3 tool, not by an edX user: the request must carry an LTI access token issued for the
    configuration `lti_config_id` and granting the read-only result scope. A missing or invalid token,
    an unknown configuration or a token without that scope all answer 403.

    Args:
        lti_config_id (str):
        id (str):
        user_id (str):
        limit (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        list[LtiConsumerResult]
    """

    return sync_detailed(
        lti_config_id=lti_config_id,
        id=id,
        user_id=user_id,
        client=client,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    lti_config_id: str,
    id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
) -> Response[list[LtiConsumerResult]]:
    """List a user's results for a line item

    Returns the Result records of the line item `id` for the user `user_id`, most recent timestamp
    first; `limit` caps how many are returned. Only the LTI tool holding an access token for this
    configuration with the read-only result scope may call it; anything else gets 403.

    Who may call: the service worker of another edX service. Anyone else gets 403. Called by the
    external LTI 1.3 tool, not by an edX user: the request must carry an LTI access token issued for the
    configuration `lti_config_id` and granting the read-only result scope. A missing or invalid token,
    an unknown configuration or a token without that scope all answer 403.

    Args:
        lti_config_id (str):
        id (str):
        user_id (str):
        limit (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[list[LtiConsumerResult]]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        lti_config_id=lti_config_id,
        id=id,
        user_id=user_id,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    lti_config_id: str,
    id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
) -> list[LtiConsumerResult]:
    """List a user's results for a line item

    Returns the Result records of the line item `id` for the user `user_id`, most recent timestamp
    first; `limit` caps how many are returned. Only the LTI tool holding an access token for this
    configuration with the read-only result scope may call it; anything else gets 403.

    Who may call: the service worker of another edX service. Anyone else gets 403. Called by the
    external LTI 1.3 tool, not by an edX user: the request must carry an LTI access token issued for the
    configuration `lti_config_id` and granting the read-only result scope. A missing or invalid token,
    an unknown configuration or a token without that scope all answer 403.

    Args:
        lti_config_id (str):
        id (str):
        user_id (str):
        limit (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        list[LtiConsumerResult]
    """

    return (
        await asyncio_detailed(
            lti_config_id=lti_config_id,
            id=id,
            user_id=user_id,
            client=client,
            limit=limit,
        )
    ).parsed
