from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.paginated_catalog_list import PaginatedCatalogList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    username: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["username"] = username

    params["limit"] = limit

    params["offset"] = offset

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/catalog/v1/catalogs/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaginatedCatalogList:
    if response.status_code == 200:
        response_200 = PaginatedCatalogList.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaginatedCatalogList]:
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
    username: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[PaginatedCatalogList]:
    """List the course catalogs

    Returns, one page at a time, every course catalog that has been created for the caller: the catalogs
    the caller has been granted view access to. Each entry gives the catalog's identifier, name, the
    query that selects its contents, how many courses it holds and which users may view it. Any signed-
    in user may call it; global staff may name another user with `username` (403 for anyone else who
    sends it, 404 for an unknown username).

    Who may call: any signed-in user. Anyone else gets 403. Any signed-in user may list; the list holds
    only the catalogs the caller may view (all of them for a Django superuser). Only global staff may
    send `username` to list another user's catalogs; anyone else who sends it is refused 403.

    Args:
        username (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[PaginatedCatalogList]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        username=username,
        limit=limit,
        offset=offset,
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
    username: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedCatalogList:
    """List the course catalogs

    Returns, one page at a time, every course catalog that has been created for the caller: the catalogs
    the caller has been granted view access to. Each entry gives the catalog's identifier, name, the
    query that selects its contents, how many courses it holds and which users may view it. Any signed-
    in user may call it; global staff may name another user with `username` (403 for anyone else who
    sends it, 404 for an unknown username).

    Who may call: any signed-in user. Anyone else gets 403. Any signed-in user may list; the list holds
    only the catalogs the caller may view (all of them for a Django superuser). Only global staff may
    send `username` to list another user's catalogs; anyone else who sends it is refused 403.

    Args:
        username (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        PaginatedCatalogList
    """

    return sync_detailed(
        client=client,
        username=username,
        limit=limit,
        offset=offset,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    username: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[PaginatedCatalogList]:
    """List the course catalogs

    Returns, one page at a time, every course catalog that has been created for the caller: the catalogs
    the caller has been granted view access to. Each entry gives the catalog's identifier, name, the
    query that selects its contents, how many courses it holds and which users may view it. Any signed-
    in user may call it; global staff may name another user with `username` (403 for anyone else who
    sends it, 404 for an unknown username).

    Who may call: any signed-in user. Anyone else gets 403. Any signed-in user may list; the list holds
    only the catalogs the caller may view (all of them for a Django superuser). Only global staff may
    send `username` to list another user's catalogs; anyone else who sends it is refused 403.

    Args:
        username (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[PaginatedCatalogList]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        username=username,
        limit=limit,
        offset=offset,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    username: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedCatalogList:
    """List the course catalogs

    Returns, one page at a time, every course catalog that has been created for the caller: the catalogs
    the caller has been granted view access to. Each entry gives the catalog's identifier, name, the
    query that selects its contents, how many courses it holds and which users may view it. Any signed-
    in user may call it; global staff may name another user with `username` (403 for anyone else who
    sends it, 404 for an unknown username).

    Who may call: any signed-in user. Anyone else gets 403. Any signed-in user may list; the list holds
    only the catalogs the caller may view (all of them for a Django superuser). Only global staff may
    send `username` to list another user's catalogs; anyone else who sends it is refused 403.

    Args:
        username (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        PaginatedCatalogList
    """

    return (
        await asyncio_detailed(
            client=client,
            username=username,
            limit=limit,
            offset=offset,
            page=page,
            page_size=page_size,
        )
    ).parsed
