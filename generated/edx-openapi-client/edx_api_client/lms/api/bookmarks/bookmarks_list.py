from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.paginated_bookmark_list import PaginatedBookmarkList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    course_id: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["course_id"] = course_id

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/bookmarks/v1/bookmarks/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaginatedBookmarkList:
    if response.status_code == 200:
        response_200 = PaginatedBookmarkList.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaginatedBookmarkList]:
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
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    course_id: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[PaginatedBookmarkList]:
    """List the user's bookmarks

    Returns the caller's own bookmarks one page at a time, newest first (always ordered by creation
    date, descending), in edx-drf-extensions' page envelope. A page holds 10 bookmarks unless
    `page_size` asks for another size; above 100 it is cut to 100. `course_id` keeps only one course's
    bookmarks (a value that is not a course key gives an empty page, not an error), and `fields` adds
    the optional fields `display_name` and `path`, as a comma-separated list. Any signed-in user may
    call it. A page number past the last page answers 404.

    Who may call: any signed-in user. Anyone else gets 403. The list holds only the caller's own
    bookmarks; no user can list another's.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        course_id (str | Unset):
        fields (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[PaginatedBookmarkList]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        course_id=course_id,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    course_id: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> PaginatedBookmarkList:
    """List the user's bookmarks

    Returns the caller's own bookmarks one page at a time, newest first (always ordered by creation
    date, descending), in edx-drf-extensions' page envelope. A page holds 10 bookmarks unless
    `page_size` asks for another size; above 100 it is cut to 100. `course_id` keeps only one course's
    bookmarks (a value that is not a course key gives an empty page, not an error), and `fields` adds
    the optional fields `display_name` and `path`, as a comma-separated list. Any signed-in user may
    call it. A page number past the last page answers 404.

    Who may call: any signed-in user. Anyone else gets 403. The list holds only the caller's own
    bookmarks; no user can list another's.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        course_id (str | Unset):
        fields (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        PaginatedBookmarkList
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        course_id=course_id,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    course_id: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[PaginatedBookmarkList]:
    """List the user's bookmarks

    Returns the caller's own bookmarks one page at a time, newest first (always ordered by creation
    date, descending), in edx-drf-extensions' page envelope. A page holds 10 bookmarks unless
    `page_size` asks for another size; above 100 it is cut to 100. `course_id` keeps only one course's
    bookmarks (a value that is not a course key gives an empty page, not an error), and `fields` adds
    the optional fields `display_name` and `path`, as a comma-separated list. Any signed-in user may
    call it. A page number past the last page answers 404.

    Who may call: any signed-in user. Anyone else gets 403. The list holds only the caller's own
    bookmarks; no user can list another's.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        course_id (str | Unset):
        fields (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[PaginatedBookmarkList]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        course_id=course_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    course_id: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> PaginatedBookmarkList:
    """List the user's bookmarks

    Returns the caller's own bookmarks one page at a time, newest first (always ordered by creation
    date, descending), in edx-drf-extensions' page envelope. A page holds 10 bookmarks unless
    `page_size` asks for another size; above 100 it is cut to 100. `course_id` keeps only one course's
    bookmarks (a value that is not a course key gives an empty page, not an error), and `fields` adds
    the optional fields `display_name` and `path`, as a comma-separated list. Any signed-in user may
    call it. A page number past the last page answers 404.

    Who may call: any signed-in user. Anyone else gets 403. The list holds only the caller's own
    bookmarks; no user can list another's.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        course_id (str | Unset):
        fields (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        PaginatedBookmarkList
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            course_id=course_id,
            fields=fields,
        )
    ).parsed
