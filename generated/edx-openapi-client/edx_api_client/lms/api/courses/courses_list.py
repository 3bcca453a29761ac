from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.courses_course_page import CoursesCoursePage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search_term: str | Unset = UNSET,
    username: str | Unset = UNSET,
    org: str | Unset = UNSET,
    permissions: str | Unset = UNSET,
    active_only: bool | Unset = UNSET,
    course_keys: str | Unset = UNSET,
    mobile: bool | Unset = UNSET,
    mobile_search: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["search_term"] = search_term

    params["username"] = username

    params["org"] = org

    params["permissions"] = permissions

    params["active_only"] = active_only

    params["course_keys"] = course_keys

    params["mobile"] = mobile

    params["mobile_search"] = mobile_search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/courses/v1/courses/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CoursesCoursePage:
    if response.status_code == 200:
        response_200 = CoursesCoursePage.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CoursesCoursePage]:
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
    search_term: str | Unset = UNSET,
    username: str | Unset = UNSET,
    org: str | Unset = UNSET,
    permissions: str | Unset = UNSET,
    active_only: bool | Unset = UNSET,
    course_keys: str | Unset = UNSET,
    mobile: bool | Unset = UNSET,
    mobile_search: bool | Unset = UNSET,
) -> Response[CoursesCoursePage]:
    """List the courses visible to a user

    Returns the courses visible to the user named by `username`, each as the course detail operation
    describes it (without `overview`). Optional query parameters filter by a search term, organization,
    permissions, course keys, or to courses that have not ended. No sign-in is needed; naming another
    user than oneself needs global staff (403 otherwise), and an unknown user is answered 404.

    Who may call: anyone, signed in or not. No sign-in is needed (an anonymous caller sees the courses
    visible to anonymous users). A signed-in caller may name themselves by `username`; naming another
    user needs global staff (403 otherwise).

    Args:
        page (int | Unset):
        page_size (int | Unset):
        search_term (str | Unset):
        username (str | Unset):
        org (str | Unset):
        permissions (str | Unset):
        active_only (bool | Unset):
        course_keys (str | Unset):
        mobile (bool | Unset):
        mobile_search (bool | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CoursesCoursePage]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        search_term=search_term,
        username=username,
        org=org,
        permissions=permissions,
        active_only=active_only,
        course_keys=course_keys,
        mobile=mobile,
        mobile_search=mobile_search,
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
    search_term: str | Unset = UNSET,
    username: str | Unset = UNSET,
    org: str | Unset = UNSET,
    permissions: str | Unset = UNSET,
    active_only: bool | Unset = UNSET,
    course_keys: str | Unset = UNSET,
    mobile: bool | Unset = UNSET,
    mobile_search: bool | Unset = UNSET,
) -> CoursesCoursePage:
    """List the courses visible to a user

    Returns the courses visible to the user named by `username`, each as the course detail operation
    describes it (without `overview`). Optional query parameters filter by a search term, organization,
    permissions, course keys, or to courses that have not ended. No sign-in is needed; naming another
    user than oneself needs global staff (403 otherwise), and an unknown user is answered 404.

    Who may call: anyone, signed in or not. No sign-in is needed (an anonymous caller sees the courses
    visible to anonymous users). A signed-in caller may name themselves by `username`; naming another
    user needs global staff (403 otherwise).

    Args:
        page (int | Unset):
        page_size (int | Unset):
        search_term (str | Unset):
        username (str | Unset):
        org (str | Unset):
        permissions (str | Unset):
        active_only (bool | Unset):
        course_keys (str | Unset):
        mobile (bool | Unset):
        mobile_search (bool | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CoursesCoursePage
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        search_term=search_term,
        username=username,
        org=org,
        permissions=permissions,
        active_only=active_only,
        course_keys=course_keys,
        mobile=mobile,
        mobile_search=mobile_search,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search_term: str | Unset = UNSET,
    username: str | Unset = UNSET,
    org: str | Unset = UNSET,
    permissions: str | Unset = UNSET,
    active_only: bool | Unset = UNSET,
    course_keys: str | Unset = UNSET,
    mobile: bool | Unset = UNSET,
    mobile_search: bool | Unset = UNSET,
) -> Response[CoursesCoursePage]:
    """List the courses visible to a user

    Returns the courses visible to the user named by `username`, each as the course detail operation
    describes it (without `overview`). Optional query parameters filter by a search term, organization,
    permissions, course keys, or to courses that have not ended. No sign-in is needed; naming another
    user than oneself needs global staff (403 otherwise), and an unknown user is answered 404.

    Who may call: anyone, signed in or not. No sign-in is needed (an anonymous caller sees the courses
    visible to anonymous users). A signed-in caller may name themselves by `username`; naming another
    user needs global staff (403 otherwise).

    Args:
        page (int | Unset):
        page_size (int | Unset):
        search_term (str | Unset):
        username (str | Unset):
        org (str | Unset):
        permissions (str | Unset):
        active_only (bool | Unset):
        course_keys (str | Unset):
        mobile (bool | Unset):
        mobile_search (bool | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CoursesCoursePage]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        search_term=search_term,
        username=username,
        org=org,
        permissions=permissions,
        active_only=active_only,
        course_keys=course_keys,
        mobile=mobile,
        mobile_search=mobile_search,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search_term: str | Unset = UNSET,
    username: str | Unset = UNSET,
    org: str | Unset = UNSET,
    permissions: str | Unset = UNSET,
    active_only: bool | Unset = UNSET,
    course_keys: str | Unset = UNSET,
    mobile: bool | Unset = UNSET,
    mobile_search: bool | Unset = UNSET,
) -> CoursesCoursePage:
    """List the courses visible to a user

    Returns the courses visible to the user named by `username`, each as the course detail operation
    describes it (without `overview`). Optional query parameters filter by a search term, organization,
    permissions, course keys, or to courses that have not ended. No sign-in is needed; naming another
    user than oneself needs global staff (403 otherwise), and an unknown user is answered 404.

    Who may call: anyone, signed in or not. No sign-in is needed (an anonymous caller sees the courses
    visible to anonymous users). A signed-in caller may name themselves by `username`; naming another
    user needs global staff (403 otherwise).

    Args:
        page (int | Unset):
        page_size (int | Unset):
        search_term (str | Unset):
        username (str | Unset):
        org (str | Unset):
        permissions (str | Unset):
        active_only (bool | Unset):
        course_keys (str | Unset):
        mobile (bool | Unset):
        mobile_search (bool | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CoursesCoursePage
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            search_term=search_term,
            username=username,
            org=org,
            permissions=permissions,
            active_only=active_only,
            course_keys=course_keys,
            mobile=mobile,
            mobile_search=mobile_search,
        )
    ).parsed
