from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.paginated_ccx_course_list import PaginatedCcxCourseList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ccx/v0/ccx/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaginatedCcxCourseList:
    if response.status_code == 200:
        response_200 = PaginatedCcxCourseList.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaginatedCcxCourseList]:
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
) -> Response[PaginatedCcxCourseList]:
    """List the CCX courses of a master course

    Returns, one page at a time, the CCX courses derived from a master course. `page` and `page_size`
    control the pagination. Only staff and instructors of the master course may list its CCX courses;
    other callers get 403, and a malformed master course id answers 404.

    Who may call: any signed-in user. Anyone else gets 403. Only a staff member or instructor of the
    master course named by the `master_course_id` query parameter passes; without that parameter every
    caller gets 403, a malformed one 404. Global staff get no bypass. `signed-in` is the closest rule
    that holds, since the course parameter is not declared here.

    Args:
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[PaginatedCcxCourseList]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
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
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedCcxCourseList:
    """List the CCX courses of a master course

    Returns, one page at a time, the CCX courses derived from a master course. `page` and `page_size`
    control the pagination. Only staff and instructors of the master course may list its CCX courses;
    other callers get 403, and a malformed master course id answers 404.

    Who may call: any signed-in user. Anyone else gets 403. Only a staff member or instructor of the
    master course named by the `master_course_id` query parameter passes; without that parameter every
    caller gets 403, a malformed one 404. Global staff get no bypass. `signed-in` is the closest rule
    that holds, since the course parameter is not declared here.

    Args:
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        PaginatedCcxCourseList
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[PaginatedCcxCourseList]:
    """List the CCX courses of a master course

    Returns, one page at a time, the CCX courses derived from a master course. `page` and `page_size`
    control the pagination. Only staff and instructors of the master course may list its CCX courses;
    other callers get 403, and a malformed master course id answers 404.

    Who may call: any signed-in user. Anyone else gets 403. Only a staff member or instructor of the
    master course named by the `master_course_id` query parameter passes; without that parameter every
    caller gets 403, a malformed one 404. Global staff get no bypass. `signed-in` is the closest rule
    that holds, since the course parameter is not declared here.

    Args:
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[PaginatedCcxCourseList]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedCcxCourseList:
    """List the CCX courses of a master course

    Returns, one page at a time, the CCX courses derived from a master course. `page` and `page_size`
    control the pagination. Only staff and instructors of the master course may list its CCX courses;
    other callers get 403, and a malformed master course id answers 404.

    Who may call: any signed-in user. Anyone else gets 403. Only a staff member or instructor of the
    master course named by the `master_course_id` query parameter passes; without that parameter every
    caller gets 403, a malformed one 404. Global staff get no bypass. `signed-in` is the closest rule
    that holds, since the course parameter is not declared here.

    Args:
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        PaginatedCcxCourseList
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
        )
    ).parsed
