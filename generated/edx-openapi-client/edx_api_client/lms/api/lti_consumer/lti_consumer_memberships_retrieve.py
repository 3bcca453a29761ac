from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response


def _get_kwargs(
    lti_config_id: str,
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/lti_consumer/v1/lti/{lti_config_id}/memberships/{id}".format(
            lti_config_id=quote(str(lti_config_id), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any:
    if response.status_code == 200:
        return errors.decoded_body(response)
    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any]:
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
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Get one membership entry

    The LTI Names and Role Provisioning Services context membership endpoint, for the entry `id` of the
    LTI configuration `lti_config_id`. The service grants no token scope to this single-entry read, so
    every caller, even an LTI tool with the membership scope, is refused with 403.

    Who may call: the service worker of another edX service. Anyone else gets 403. The permission class
    allows no scope for this action, so no token passes and every caller gets 403; the closest rule
    listed is the LTI tool's, which the list operation admits.

    Args:
        lti_config_id (str):
        id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Any]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        lti_config_id=lti_config_id,
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    lti_config_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any:
    """Get one membership entry

    The LTI Names and Role Provisioning Services context membership endpoint, for the entry `id` of the
    LTI configuration `lti_config_id`. The service grants no token scope to this single-entry read, so
    every caller, even an LTI tool with the membership scope, is refused with 403.

    Who may call: the service worker of another edX service. Anyone else gets 403. The permission class
    allows no scope for this action, so no token passes and every caller gets 403; the closest rule
    listed is the LTI tool's, which the list operation admits.

    Args:
        lti_config_id (str):
        id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Any
    """

    return sync_detailed(
        lti_config_id=lti_config_id,
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    lti_config_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Get one membership entry

    The LTI Names and Role Provisioning Services context membership endpoint, for the entry `id` of the
    LTI configuration `lti_config_id`. The service grants no token scope to this single-entry read, so
    every caller, even an LTI tool with the membership scope, is refused with 403.

    Who may call: the service worker of another edX service. Anyone else gets 403. The permission class
    allows no scope for this action, so no token passes and every caller gets 403; the closest rule
    listed is the LTI tool's, which the list operation admits.

    Args:
        lti_config_id (str):
        id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Any]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        lti_config_id=lti_config_id,
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    lti_config_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any:
    """Get one membership entry

    The LTI Names and Role Provisioning Services context membership endpoint, for the entry `id` of the
    LTI configuration `lti_config_id`. The service grants no token scope to this single-entry read, so
    every caller, even an LTI tool with the membership scope, is refused with 403.

    Who may call: the service worker of another edX service. Anyone else gets 403. The permission class
    allows no scope for this action, so no token passes and every caller gets 403; the closest rule
    listed is the LTI tool's, which the list operation admits.

    Args:
        lti_config_id (str):
        id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Any
    """

    return (
        await asyncio_detailed(
            lti_config_id=lti_config_id,
            id=id,
            client=client,
        )
    ).parsed
