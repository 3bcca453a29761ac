from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.grades_gradebook_entry import GradesGradebookEntry
from ...models.grades_gradebook_page import GradesGradebookPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    course_id: str,
    *,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    username: str | Unset = UNSET,
    user_contains: str | Unset = UNSET,
    username_contains: str | Unset = UNSET,
    cohort_id: str | Unset = UNSET,
    enrollment_mode: str | Unset = UNSET,
    assignment: str | Unset = UNSET,
    assignment_grade_min: float | Unset = UNSET,
    assignment_grade_max: float | Unset = UNSET,
    course_grade_min: float | Unset = UNSET,
    course_grade_max: float | Unset = UNSET,
    excluded_course_roles: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["page_size"] = page_size

    params["username"] = username

    params["user_contains"] = user_contains

    params["username_contains"] = username_contains

    params["cohort_id"] = cohort_id

    params["enrollment_mode"] = enrollment_mode

    params["assignment"] = assignment

    params["assignment_grade_min"] = assignment_grade_min

    params["assignment_grade_max"] = assignment_grade_max

    params["course_grade_min"] = course_grade_min

    params["course_grade_max"] = course_grade_max

    json_excluded_course_roles: list[str] | Unset = UNSET
    if not isinstance(excluded_course_roles, Unset):
        json_excluded_course_roles = excluded_course_roles

    params["excluded_course_roles"] = json_excluded_course_roles

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/grades/v1/gradebook/{course_id}/".format(
            course_id=quote(str(course_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GradesGradebookEntry | GradesGradebookPage:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> GradesGradebookEntry | GradesGradebookPage:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = GradesGradebookPage.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError(
                    f"response_200: expected dict[str, Any], got {type(data).__name__}"
                )
            response_200_type_1 = GradesGradebookEntry.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GradesGradebookEntry | GradesGradebookPage]:
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
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    username: str | Unset = UNSET,
    user_contains: str | Unset = UNSET,
    username_contains: str | Unset = UNSET,
    cohort_id: str | Unset = UNSET,
    enrollment_mode: str | Unset = UNSET,
    assignment: str | Unset = UNSET,
    assignment_grade_min: float | Unset = UNSET,
    assignment_grade_max: float | Unset = UNSET,
    course_grade_min: float | Unset = UNSET,
    course_grade_max: float | Unset = UNSET,
    excluded_course_roles: list[str] | Unset = UNSET,
) -> Response[GradesGradebookEntry | GradesGradebookPage]:
    """Retrieve a course's gradebook

    Returns the gradebook of the course named in the path: course and subsection grades of its learners,
    one page at a time (opaque `cursor`), filtered by the query parameters, or of one learner with
    `username`. Only the course's staff and instructors, and global staff, may call it; others get 403,
    as does every caller where the writable gradebook is not enabled for the course. An unknown course
    is answered 404.

    Who may call: staff of the course `course_id`, or global staff. Anyone else gets 403. Course author
    access is checked (the course's staff or instructor role, or global staff). The call is also refused
    with 403 where the writable gradebook is not enabled for the course.

    Args:
        course_id (str):
        cursor (str | Unset):
        page_size (int | Unset):
        username (str | Unset):
        user_contains (str | Unset):
        username_contains (str | Unset):
        cohort_id (str | Unset):
        enrollment_mode (str | Unset):
        assignment (str | Unset):
        assignment_grade_min (float | Unset):
        assignment_grade_max (float | Unset):
        course_grade_min (float | Unset):
        course_grade_max (float | Unset):
        excluded_course_roles (list[str] | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[GradesGradebookEntry | GradesGradebookPage]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        cursor=cursor,
        page_size=page_size,
        username=username,
        user_contains=user_contains,
        username_contains=username_contains,
        cohort_id=cohort_id,
        enrollment_mode=enrollment_mode,
        assignment=assignment,
        assignment_grade_min=assignment_grade_min,
        assignment_grade_max=assignment_grade_max,
        course_grade_min=course_grade_min,
        course_grade_max=course_grade_max,
        excluded_course_roles=excluded_course_roles,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    username: str | Unset = UNSET,
    user_contains: str | Unset = UNSET,
    username_contains: str | Unset = UNSET,
    cohort_id: str | Unset = UNSET,
    enrollment_mode: str | Unset = UNSET,
    assignment: str | Unset = UNSET,
    assignment_grade_min: float | Unset = UNSET,
    assignment_grade_max: float | Unset = UNSET,
    course_grade_min: float | Unset = UNSET,
    course_grade_max: float | Unset = UNSET,
    excluded_course_roles: list[str] | Unset = UNSET,
) -> GradesGradebookEntry | GradesGradebookPage:
    """Retrieve a course's gradebook

    Returns the gradebook of the course named in the path: course and subsection grades of its learners,
    one page at a time (opaque `cursor`), filtered by the query parameters, or of one learner with
    `username`. Only the course's staff and instructors, and global staff, may call it; others get 403,
    as does every caller where the writable gradebook is not enabled for the course. An unknown course
    is answered 404.

    Who may call: staff of the course `course_id`, or global staff. Anyone else gets 403. Course author
    access is checked (the course's staff or instructor role, or global staff). The call is also refused
    with 403 where the writable gradebook is not enabled for the course.

    Args:
        course_id (str):
        cursor (str | Unset):
        page_size (int | Unset):
        username (str | Unset):
        user_contains (str | Unset):
        username_contains (str | Unset):
        cohort_id (str | Unset):
        enrollment_mode (str | Unset):
        assignment (str | Unset):
        assignment_grade_min (float | Unset):
        assignment_grade_max (float | Unset):
        course_grade_min (float | Unset):
        course_grade_max (float | Unset):
        excluded_course_roles (list[str] | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        GradesGradebookEntry | GradesGradebookPage
    """

    return sync_detailed(
        course_id=course_id,
        client=client,
        cursor=cursor,
        page_size=page_size,
        username=username,
        user_contains=user_contains,
        username_contains=username_contains,
        cohort_id=cohort_id,
        enrollment_mode=enrollment_mode,
        assignment=assignment,
        assignment_grade_min=assignment_grade_min,
        assignment_grade_max=assignment_grade_max,
        course_grade_min=course_grade_min,
        course_grade_max=course_grade_max,
        excluded_course_roles=excluded_course_roles,
    ).parsed


async def asyncio_detailed(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    username: str | Unset = UNSET,
    user_contains: str | Unset = UNSET,
    username_contains: str | Unset = UNSET,
    cohort_id: str | Unset = UNSET,
    enrollment_mode: str | Unset = UNSET,
    assignment: str | Unset = UNSET,
    assignment_grade_min: float | Unset = UNSET,
    assignment_grade_max: float | Unset = UNSET,
    course_grade_min: float | Unset = UNSET,
    course_grade_max: float | Unset = UNSET,
    excluded_course_roles: list[str] | Unset = UNSET,
) -> Response[GradesGradebookEntry | GradesGradebookPage]:
    """Retrieve a course's gradebook

    Returns the gradebook of the course named in the path: course and subsection grades of its learners,
    one page at a time (opaque `cursor`), filtered by the query parameters, or of one learner with
    `username`. Only the course's staff and instructors, and global staff, may call it; others get 403,
    as does every caller where the writable gradebook is not enabled for the course. An unknown course
    is answered 404.

    Who may call: staff of the course `course_id`, or global staff. Anyone else gets 403. Course author
    access is checked (the course's staff or instructor role, or global staff). The call is also refused
    with 403 where the writable gradebook is not enabled for the course.

    Args:
        course_id (str):
        cursor (str | Unset):
        page_size (int | Unset):
        username (str | Unset):
        user_contains (str | Unset):
        username_contains (str | Unset):
        cohort_id (str | Unset):
        enrollment_mode (str | Unset):
        assignment (str | Unset):
        assignment_grade_min (float | Unset):
        assignment_grade_max (float | Unset):
        course_grade_min (float | Unset):
        course_grade_max (float | Unset):
        excluded_course_roles (list[str] | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[GradesGradebookEntry | GradesGradebookPage]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        cursor=cursor,
        page_size=page_size,
        username=username,
        user_contains=user_contains,
        username_contains=username_contains,
        cohort_id=cohort_id,
        enrollment_mode=enrollment_mode,
        assignment=assignment,
        assignment_grade_min=assignment_grade_min,
        assignment_grade_max=assignment_grade_max,
        course_grade_min=course_grade_min,
        course_grade_max=course_grade_max,
        excluded_course_roles=excluded_course_roles,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    username: str | Unset = UNSET,
    user_contains: str | Unset = UNSET,
    username_contains: str | Unset = UNSET,
    cohort_id: str | Unset = UNSET,
    enrollment_mode: str | Unset = UNSET,
    assignment: str | Unset = UNSET,
    assignment_grade_min: float | Unset = UNSET,
    assignment_grade_max: float | Unset = UNSET,
    course_grade_min: float | Unset = UNSET,
    course_grade_max: float | Unset = UNSET,
    excluded_course_roles: list[str] | Unset = UNSET,
) -> GradesGradebookEntry | GradesGradebookPage:
    """Retrieve a course's gradebook

    Returns the gradebook of the course named in the path: course and subsection grades of its learners,
    one page at a time (opaque `cursor`), filtered by the query parameters, or of one learner with
    `username`. Only the course's staff and instructors, and global staff, may call it; others get 403,
    as does every caller where the writable gradebook is not enabled for the course. An unknown course
    is answered 404.

    Who may call: staff of the course `course_id`, or global staff. Anyone else gets 403. Course author
    access is checked (the course's staff or instructor role, or global staff). The call is also refused
    with 403 where the writable gradebook is not enabled for the course.

    Args:
        course_id (str):
        cursor (str | Unset):
        page_size (int | Unset):
        username (str | Unset):
        user_contains (str | Unset):
        username_contains (str | Unset):
        cohort_id (str | Unset):
        enrollment_mode (str | Unset):
        assignment (str | Unset):
        assignment_grade_min (float | Unset):
        assignment_grade_max (float | Unset):
        course_grade_min (float | Unset):
        course_grade_max (float | Unset):
        excluded_course_roles (list[str] | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        GradesGradebookEntry | GradesGradebookPage
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            client=client,
            cursor=cursor,
            page_size=page_size,
            username=username,
            user_contains=user_contains,
            username_contains=username_contains,
            cohort_id=cohort_id,
            enrollment_mode=enrollment_mode,
            assignment=assignment,
            assignment_grade_min=assignment_grade_min,
            assignment_grade_max=assignment_grade_max,
            course_grade_min=course_grade_min,
            course_grade_max=course_grade_max,
            excluded_course_roles=excluded_course_roles,
        )
    ).parsed
