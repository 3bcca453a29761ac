from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.courses_course_id_page import CoursesCourseIdPage
from ...models.courses_course_ids_list_role import CoursesCourseIdsListRole
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    username: str | Unset = UNSET,
    role: CoursesCourseIdsListRole,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["username"] = username

    json_role = role.value
    params["role"] = json_role

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/courses/v1/course_ids/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CoursesCourseIdPage:
    if response.status_code == 200:
        response_200 = CoursesCourseIdPage.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CoursesCourseIdPage]:
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
    username: str | Unset = UNSET,
    role: CoursesCourseIdsListRole,
) -> Response[CoursesCourseIdPage]:
    """List the IDs of the courses a user can access

    Returns, one page at a time, the IDs of the courses in which the user named by `username` has the
    given role (`staff` or `instructor`, case-insensitive). Needs a signed-in caller; a caller may ask
    about themselves, and only global staff about another user (others get 403).

    Who may call: the user named by `username`, or global staff. Anyone else gets 403. Needs a signed-in
    caller; naming another user than oneself needs global staff (403 otherwise). Global staff users'
    lists hold every course.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        username (str | Unset):
        role (CoursesCourseIdsListRole):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CoursesCourseIdPage]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        username=username,
        role=role,
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
    username: str | Unset = UNSET,
    role: CoursesCourseIdsListRole,
) -> CoursesCourseIdPage:
    """List the IDs of the courses a user can access

    Returns, one page at a time, the IDs of the courses in which the user named by `username` has the
    given role (`staff` or `instructor`, case-insensitive). Needs a signed-in caller; a caller may ask
    about themselves, and only global staff about another user (others get 403).

    Who may call: the user named by `username`, or global staff. Anyone else gets 403. Needs a signed-in
    caller; naming another user than oneself needs global staff (403 otherwise). Global staff users'
    lists hold every course.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        username (str | Unset):
        role (CoursesCourseIdsListRole):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CoursesCourseIdPage
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        username=username,
        role=role,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    username: str | Unset = UNSET,
    role: CoursesCourseIdsListRole,
) -> Response[CoursesCourseIdPage]:
    """List the IDs of the courses a user can access

    Returns, one page at a time, the IDs of the courses in which the user named by `username` has the
    given role (`staff` or `instructor`, case-insensitive). Needs a signed-in caller; a caller may ask
    about themselves, and only global staff about another user (others get 403).

    Who may call: the user named by `username`, or global staff. Anyone else gets 403. Needs a signed-in
    caller; naming another user than oneself needs global staff (403 otherwise). Global staff users'
    lists hold every course.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        username (str | Unset):
        role (CoursesCourseIdsListRole):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CoursesCourseIdPage]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        username=username,
        role=role,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    username: str | Unset = UNSET,
    role: CoursesCourseIdsListRole,
) -> CoursesCourseIdPage:
    """List the IDs of the courses a user can access

    Returns, one page at a time, the IDs of the courses in which the user named by `username` has the
    given role (`staff` or `instructor`, case-insensitive). Needs a signed-in caller; a caller may ask
    about themselves, and only global staff about another user (others get 403).

    Who may call: the user named by `username`, or global staff. Anyone else gets 403. Needs a signed-in
    caller; naming another user than oneself needs global staff (403 otherwise). Global staff users'
    lists hold every course.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        username (str | Unset):
        role (CoursesCourseIdsListRole):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CoursesCourseIdPage
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            username=username,
            role=role,
        )
    ).parsed
