from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.courses_course import CoursesCourse
from ...models.error_response import ErrorResponse
from ...models.paginated_courses_course_list import PaginatedCoursesCourseList
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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/courses/v1/courses/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[CoursesCourse] | PaginatedCoursesCourseList | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> list[CoursesCourse] | PaginatedCoursesCourseList:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = PaginatedCoursesCourseList.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            response_200_type_1 = []
            _response_200_type_1 = data
            for response_200_type_1_item_data in _response_200_type_1:
                response_200_type_1_item = CoursesCourse.from_dict(
                    response_200_type_1_item_data
                )

                response_200_type_1.append(response_200_type_1_item)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.api_error(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | list[CoursesCourse] | PaginatedCoursesCourseList]:
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
) -> Response[ErrorResponse | list[CoursesCourse] | PaginatedCoursesCourseList]:
    """List the courses visible to a user

     Returns the courses visible to the specified user, each as the course detail operation describes it
    (without `overview`). Optional query parameters filter by a search term, organization, permissions,
    course keys, or to courses that have not ended.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        search_term (str | Unset):
        username (str | Unset):
        org (str | Unset):
        permissions (str | Unset):
        active_only (bool | Unset):
        course_keys (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[CoursesCourse] | PaginatedCoursesCourseList]
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
) -> ErrorResponse | list[CoursesCourse] | PaginatedCoursesCourseList | None:
    """List the courses visible to a user

     Returns the courses visible to the specified user, each as the course detail operation describes it
    (without `overview`). Optional query parameters filter by a search term, organization, permissions,
    course keys, or to courses that have not ended.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        search_term (str | Unset):
        username (str | Unset):
        org (str | Unset):
        permissions (str | Unset):
        active_only (bool | Unset):
        course_keys (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[CoursesCourse] | PaginatedCoursesCourseList
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
) -> Response[ErrorResponse | list[CoursesCourse] | PaginatedCoursesCourseList]:
    """List the courses visible to a user

     Returns the courses visible to the specified user, each as the course detail operation describes it
    (without `overview`). Optional query parameters filter by a search term, organization, permissions,
    course keys, or to courses that have not ended.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        search_term (str | Unset):
        username (str | Unset):
        org (str | Unset):
        permissions (str | Unset):
        active_only (bool | Unset):
        course_keys (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[CoursesCourse] | PaginatedCoursesCourseList]
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
) -> ErrorResponse | list[CoursesCourse] | PaginatedCoursesCourseList | None:
    """List the courses visible to a user

     Returns the courses visible to the specified user, each as the course detail operation describes it
    (without `overview`). Optional query parameters filter by a search term, organization, permissions,
    course keys, or to courses that have not ended.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        search_term (str | Unset):
        username (str | Unset):
        org (str | Unset):
        permissions (str | Unset):
        active_only (bool | Unset):
        course_keys (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[CoursesCourse] | PaginatedCoursesCourseList
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
        )
    ).parsed
