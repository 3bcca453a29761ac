from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.paginated_entitlement_list import PaginatedEntitlementList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    uuid: str | Unset = UNSET,
    user: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["uuid"] = uuid

    params["user"] = user

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/entitlements/v1/entitlements/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaginatedEntitlementList:
    if response.status_code == 200:
        response_200 = PaginatedEntitlementList.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaginatedEntitlementList]:
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
    *,
    client: AuthenticatedClient | Client,
    uuid: str | Unset = UNSET,
    user: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[PaginatedEntitlementList]:
    """List entitlements

    Returns entitlements one page at a time, optionally narrowed to one entitlement `uuid` or one
    `user`. Entitlements that are past the expiration policy are marked expired before the list is
    returned. Any signed-in user may call it, but a caller who is not global staff only ever sees their
    own entitlements (`user` naming someone else gives an empty page, not an error); global staff see
    any user's entitlements when they filter by `user` or `uuid`, and their own otherwise.

    Who may call: any signed-in user. Anyone else gets 403. The list is scoped, never refused: non-staff
    callers see only their own entitlements; staff see everyone's only when filtering by user or uuid.

    Args:
        uuid (str | Unset):
        user (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[PaginatedEntitlementList]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        user=user,
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    uuid: str | Unset = UNSET,
    user: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedEntitlementList:
    """List entitlements

    Returns entitlements one page at a time, optionally narrowed to one entitlement `uuid` or one
    `user`. Entitlements that are past the expiration policy are marked expired before the list is
    returned. Any signed-in user may call it, but a caller who is not global staff only ever sees their
    own entitlements (`user` naming someone else gives an empty page, not an error); global staff see
    any user's entitlements when they filter by `user` or `uuid`, and their own otherwise.

    Who may call: any signed-in user. Anyone else gets 403. The list is scoped, never refused: non-staff
    callers see only their own entitlements; staff see everyone's only when filtering by user or uuid.

    Args:
        uuid (str | Unset):
        user (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        PaginatedEntitlementList
    """

    return sync_detailed(
        client=client,
        uuid=uuid,
        user=user,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    uuid: str | Unset = UNSET,
    user: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[PaginatedEntitlementList]:
    """List entitlements

    Returns entitlements one page at a time, optionally narrowed to one entitlement `uuid` or one
    `user`. Entitlements that are past the expiration policy are marked expired before the list is
    returned. Any signed-in user may call it, but a caller who is not global staff only ever sees their
    own entitlements (`user` naming someone else gives an empty page, not an error); global staff see
    any user's entitlements when they filter by `user` or `uuid`, and their own otherwise.

    Who may call: any signed-in user. Anyone else gets 403. The list is scoped, never refused: non-staff
    callers see only their own entitlements; staff see everyone's only when filtering by user or uuid.

    Args:
        uuid (str | Unset):
        user (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[PaginatedEntitlementList]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        user=user,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    uuid: str | Unset = UNSET,
    user: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedEntitlementList:
    """List entitlements

    Returns entitlements one page at a time, optionally narrowed to one entitlement `uuid` or one
    `user`. Entitlements that are past the expiration policy are marked expired before the list is
    returned. Any signed-in user may call it, but a caller who is not global staff only ever sees their
    own entitlements (`user` naming someone else gives an empty page, not an error); global staff see
    any user's entitlements when they filter by `user` or `uuid`, and their own otherwise.

    Who may call: any signed-in user. Anyone else gets 403. The list is scoped, never refused: non-staff
    callers see only their own entitlements; staff see everyone's only when filtering by user or uuid.

    Args:
        uuid (str | Unset):
        user (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        PaginatedEntitlementList
    """

    return (
        await asyncio_detailed(
            client=client,
            uuid=uuid,
            user=user,
            page=page,
            page_size=page_size,
        )
    ).parsed
