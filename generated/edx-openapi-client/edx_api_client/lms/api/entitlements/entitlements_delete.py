from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response


def _get_kwargs(
    uuid: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/entitlements/v1/entitlements/{uuid}/".format(
            uuid=quote(str(uuid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any:
    if response.status_code == 204:
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
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Delete an entitlement

    Revokes the entitlement `uuid` rather than removing it: sets its expiration and unenrolls the user
    from the run enrolled in with it, then answers 204 without a body. Only global staff users and users
    with the global support role may call it; other signed-in users are refused with 403.

    Who may call: global staff. Anyone else gets 403. Users holding the global support role are admitted
    as well as staff users.

    Args:
        uuid (UUID):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Any]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        uuid=uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Any:
    """Delete an entitlement

    Revokes the entitlement `uuid` rather than removing it: sets its expiration and unenrolls the user
    from the run enrolled in with it, then answers 204 without a body. Only global staff users and users
    with the global support role may call it; other signed-in users are refused with 403.

    Who may call: global staff. Anyone else gets 403. Users holding the global support role are admitted
    as well as staff users.

    Args:
        uuid (UUID):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Any
    """

    return sync_detailed(
        uuid=uuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Delete an entitlement

    Revokes the entitlement `uuid` rather than removing it: sets its expiration and unenrolls the user
    from the run enrolled in with it, then answers 204 without a body. Only global staff users and users
    with the global support role may call it; other signed-in users are refused with 403.

    Who may call: global staff. Anyone else gets 403. Users holding the global support role are admitted
    as well as staff users.

    Args:
        uuid (UUID):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Any]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        uuid=uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Any:
    """Delete an entitlement

    Revokes the entitlement `uuid` rather than removing it: sets its expiration and unenrolls the user
    from the run enrolled in with it, then answers 204 without a body. Only global staff users and users
    with the global support role may call it; other signed-in users are refused with 403.

    Who may call: global staff. Anyone else gets 403. Users holding the global support role are admitted
    as well as staff users.

    Args:
        uuid (UUID):

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
            uuid=uuid,
            client=client,
        )
    ).parsed
