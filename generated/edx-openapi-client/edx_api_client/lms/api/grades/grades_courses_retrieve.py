from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.grades_course_grade import GradesCourseGrade
from ...models.grades_course_grade_page import GradesCourseGradePage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    course_id: str,
    *,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    username: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["page_size"] = page_size

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/grades/v1/courses/{course_id}/".format(
            course_id=quote(str(course_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GradesCourseGradePage | list[GradesCourseGrade]:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> GradesCourseGradePage | list[GradesCourseGrade]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_grades_course_grades_answer_type_0 = (
                    GradesCourseGradePage.from_dict(data)
                )

                return componentsschemas_grades_course_grades_answer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError(
                    f"response_200: expected dict[str, Any] | list[dict[str, Any]], got {type(data).__name__}"
                )
            componentsschemas_grades_course_grades_answer_type_1 = []
            _componentsschemas_grades_course_grades_answer_type_1 = data
            for (
                componentsschemas_grades_course_grades_answer_type_1_item_data
            ) in _componentsschemas_grades_course_grades_answer_type_1:
                componentsschemas_grades_course_grades_answer_type_1_item = (
                    GradesCourseGrade.from_dict(
                        componentsschemas_grades_course_grades_answer_type_1_item_data
                    )
                )

                componentsschemas_grades_course_grades_answer_type_1.append(
                    componentsschemas_grades_course_grades_answer_type_1_item
                )

            return componentsschemas_grades_course_grades_answer_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GradesCourseGradePage | list[GradesCourseGrade]]:
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
) -> Response[GradesCourseGradePage | list[GradesCourseGrade]]:
    """Retrieve course grade status

    Returns course grades for the course named in the path (404 for an unknown course): the grades of
    its actively enrolled learners, one page at a time (opaque `cursor`, `page_size`, 50 a page by
    default), or with `username` that user's grade alone (404 for an unknown user or one not enrolled).
    Global staff may read every grade; another signed-in user only their own, by passing their own
    `username` (403 otherwise). A learner's email is only shown for master's track enrollments.

    Who may call: the user named by `username`, global staff, or the service worker of another edX
    service. Anyone else gets 403. Global staff may read every learner's grade; any other signed-in user
    only their own, by passing their own `username` (403 otherwise, and for a call without `username`).
    A restricted OAuth application is admitted with the `grades:read` scope and JWT filters naming the
    course's organization and the user. The graded user must be enrolled (404 otherwise).

    Args:
        course_id (str):
        cursor (str | Unset):
        page_size (int | Unset):
        username (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[GradesCourseGradePage | list[GradesCourseGrade]]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        cursor=cursor,
        page_size=page_size,
        username=username,
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
) -> GradesCourseGradePage | list[GradesCourseGrade]:
    """Retrieve course grade status

    Returns course grades for the course named in the path (404 for an unknown course): the grades of
    its actively enrolled learners, one page at a time (opaque `cursor`, `page_size`, 50 a page by
    default), or with `username` that user's grade alone (404 for an unknown user or one not enrolled).
    Global staff may read every grade; another signed-in user only their own, by passing their own
    `username` (403 otherwise). A learner's email is only shown for master's track enrollments.

    Who may call: the user named by `username`, global staff, or the service worker of another edX
    service. Anyone else gets 403. Global staff may read every learner's grade; any other signed-in user
    only their own, by passing their own `username` (403 otherwise, and for a call without `username`).
    A restricted OAuth application is admitted with the `grades:read` scope and JWT filters naming the
    course's organization and the user. The graded user must be enrolled (404 otherwise).

    Args:
        course_id (str):
        cursor (str | Unset):
        page_size (int | Unset):
        username (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        GradesCourseGradePage | list[GradesCourseGrade]
    """

    return sync_detailed(
        course_id=course_id,
        client=client,
        cursor=cursor,
        page_size=page_size,
        username=username,
    ).parsed


async def asyncio_detailed(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[GradesCourseGradePage | list[GradesCourseGrade]]:
    """Retrieve course grade status

    Returns course grades for the course named in the path (404 for an unknown course): the grades of
    its actively enrolled learners, one page at a time (opaque `cursor`, `page_size`, 50 a page by
    default), or with `username` that user's grade alone (404 for an unknown user or one not enrolled).
    Global staff may read every grade; another signed-in user only their own, by passing their own
    `username` (403 otherwise). A learner's email is only shown for master's track enrollments.

    Who may call: the user named by `username`, global staff, or the service worker of another edX
    service. Anyone else gets 403. Global staff may read every learner's grade; any other signed-in user
    only their own, by passing their own `username` (403 otherwise, and for a call without `username`).
    A restricted OAuth application is admitted with the `grades:read` scope and JWT filters naming the
    course's organization and the user. The graded user must be enrolled (404 otherwise).

    Args:
        course_id (str):
        cursor (str | Unset):
        page_size (int | Unset):
        username (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[GradesCourseGradePage | list[GradesCourseGrade]]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        cursor=cursor,
        page_size=page_size,
        username=username,
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
) -> GradesCourseGradePage | list[GradesCourseGrade]:
    """Retrieve course grade status

    Returns course grades for the course named in the path (404 for an unknown course): the grades of
    its actively enrolled learners, one page at a time (opaque `cursor`, `page_size`, 50 a page by
    default), or with `username` that user's grade alone (404 for an unknown user or one not enrolled).
    Global staff may read every grade; another signed-in user only their own, by passing their own
    `username` (403 otherwise). A learner's email is only shown for master's track enrollments.

    Who may call: the user named by `username`, global staff, or the service worker of another edX
    service. Anyone else gets 403. Global staff may read every learner's grade; any other signed-in user
    only their own, by passing their own `username` (403 otherwise, and for a call without `username`).
    A restricted OAuth application is admitted with the `grades:read` scope and JWT filters naming the
    course's organization and the user. The graded user must be enrolled (404 otherwise).

    Args:
        course_id (str):
        cursor (str | Unset):
        page_size (int | Unset):
        username (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        GradesCourseGradePage | list[GradesCourseGrade]
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            client=client,
            cursor=cursor,
            page_size=page_size,
            username=username,
        )
    ).parsed
