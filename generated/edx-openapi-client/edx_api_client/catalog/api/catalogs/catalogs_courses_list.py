from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.paginated_catalog_course_list import PaginatedCatalogCourseList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/catalog/v1/catalogs/{id}/courses/".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaginatedCatalogCourseList:
    if response.status_code == 200:
        response_200 = PaginatedCatalogCourseList.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaginatedCatalogCourseList]:
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
    id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[PaginatedCatalogCourseList]:
    """List the active courses in a catalog

    Returns, one page at a time, the active courses of one catalog (courses whose enrollment is open now
    or will open later), each with its subjects, media, offering organizations and its course runs with
    their seats and staff. Only global staff and the catalog's viewers may list them; any other caller
    is refused 403. Answers 404 for an unknown catalog id.

    Who may call: any signed-in user. Anyone else gets 403. Only global staff (and Django superusers)
    and the users granted view access to this catalog, its viewers, may list its courses; any other
    signed-in caller is refused 403. The grant is a per-catalog object permission, so the list says the
    rule every admitted caller meets, signing in. An unknown id is answered 404.

    Args:
        id (int):
        page (int | Unset):
        page_size (int | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[PaginatedCatalogCourseList]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        id=id,
        page=page,
        page_size=page_size,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PaginatedCatalogCourseList:
    """List the active courses in a catalog

    Returns, one page at a time, the active courses of one catalog (courses whose enrollment is open now
    or will open later), each with its subjects, media, offering organizations and its course runs with
    their seats and staff. Only global staff and the catalog's viewers may list them; any other caller
    is refused 403. Answers 404 for an unknown catalog id.

    Who may call: any signed-in user. Anyone else gets 403. Only global staff (and Django superusers)
    and the users granted view access to this catalog, its viewers, may list its courses; any other
    signed-in caller is refused 403. The grant is a per-catalog object permission, so the list says the
    rule every admitted caller meets, signing in. An unknown id is answered 404.

    Args:
        id (int):
        page (int | Unset):
        page_size (int | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        PaginatedCatalogCourseList
    """

    return sync_detailed(
        id=id,
        client=client,
        page=page,
        page_size=page_size,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[PaginatedCatalogCourseList]:
    """List the active courses in a catalog

    Returns, one page at a time, the active courses of one catalog (courses whose enrollment is open now
    or will open later), each with its subjects, media, offering organizations and its course runs with
    their seats and staff. Only global staff and the catalog's viewers may list them; any other caller
    is refused 403. Answers 404 for an unknown catalog id.

    Who may call: any signed-in user. Anyone else gets 403. Only global staff (and Django superusers)
    and the users granted view access to this catalog, its viewers, may list its courses; any other
    signed-in caller is refused 403. The grant is a per-catalog object permission, so the list says the
    rule every admitted caller meets, signing in. An unknown id is answered 404.

    Args:
        id (int):
        page (int | Unset):
        page_size (int | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[PaginatedCatalogCourseList]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        id=id,
        page=page,
        page_size=page_size,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PaginatedCatalogCourseList:
    """List the active courses in a catalog

    Returns, one page at a time, the active courses of one catalog (courses whose enrollment is open now
    or will open later), each with its subjects, media, offering organizations and its course runs with
    their seats and staff. Only global staff and the catalog's viewers may list them; any other caller
    is refused 403. Answers 404 for an unknown catalog id.

    Who may call: any signed-in user. Anyone else gets 403. Only global staff (and Django superusers)
    and the users granted view access to this catalog, its viewers, may list its courses; any other
    signed-in caller is refused 403. The grant is a per-catalog object permission, so the list says the
    rule every admitted caller meets, signing in. An unknown id is answered 404.

    Args:
        id (int):
        page (int | Unset):
        page_size (int | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        PaginatedCatalogCourseList
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            page=page,
            page_size=page_size,
            limit=limit,
            offset=offset,
        )
    ).parsed
