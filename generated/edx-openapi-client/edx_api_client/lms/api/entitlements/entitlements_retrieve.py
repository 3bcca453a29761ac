from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.entitlement import Entitlement
from ...types import Response


def _get_kwargs(
    uuid: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/entitlements/v1/entitlements/{uuid}/".format(
            uuid=quote(str(uuid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Entitlement:
    if response.status_code == 200:
        response_200 = Entitlement.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Entitlement]:
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
) -> Response[Entitlement]:
    """Get an entitlement

    Returns the entitlement `uuid`. An entitlement past the expiration policy is marked expired before
    it is returned. Signed-in users may read their own entitlements and global staff anyone's; another
    user's entitlement answers 404, as an unknown one does.

    Who may call: the signed-in user, about themself, or global staff. Anyone else gets 404. The
    entitlement's owner is the self admitted; non-staff callers look it up among their own entitlements
    only.

    Args:
        uuid (UUID):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Entitlement]: the status, headers, raw body and parsed body.
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
) -> Entitlement:
    """Get an entitlement

    Returns the entitlement `uuid`. An entitlement past the expiration policy is marked expired before
    it is returned. Signed-in users may read their own entitlements and global staff anyone's; another
    user's entitlement answers 404, as an unknown one does.

    Who may call: the signed-in user, about themself, or global staff. Anyone else gets 404. The
    entitlement's owner is the self admitted; non-staff callers look it up among their own entitlements
    only.

    Args:
        uuid (UUID):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Entitlement
    """

    return sync_detailed(
        uuid=uuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Entitlement]:
    """Get an entitlement

    Returns the entitlement `uuid`. An entitlement past the expiration policy is marked expired before
    it is returned. Signed-in users may read their own entitlements and global staff anyone's; another
    user's entitlement answers 404, as an unknown one does.

    Who may call: the signed-in user, about themself, or global staff. Anyone else gets 404. The
    entitlement's owner is the self admitted; non-staff callers look it up among their own entitlements
    only.

    Args:
        uuid (UUID):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Entitlement]: the status, headers, raw body and parsed body.
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
) -> Entitlement:
    """Get an entitlement

    Returns the entitlement `uuid`. An entitlement past the expiration policy is marked expired before
    it is returned. Signed-in users may read their own entitlements and global staff anyone's; another
    user's entitlement answers 404, as an unknown one does.

    Who may call: the signed-in user, about themself, or global staff. Anyone else gets 404. The
    entitlement's owner is the self admitted; non-staff callers look it up among their own entitlements
    only.

    Args:
        uuid (UUID):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Entitlement
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
        )
    ).parsed
