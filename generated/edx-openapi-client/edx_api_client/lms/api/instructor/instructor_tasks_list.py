from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.instructor_running_task_list import InstructorRunningTaskList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    course_id: str,
    *,
    problem_location_str: str | Unset = UNSET,
    unique_student_identifier: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["problem_location_str"] = problem_location_str

    params["unique_student_identifier"] = unique_student_identifier

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/instructor/v1/tasks/{course_id}".format(
            course_id=quote(str(course_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InstructorRunningTaskList:
    if response.status_code == 200:
        response_200 = InstructorRunningTaskList.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InstructorRunningTaskList]:
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
    problem_location_str: str | Unset = UNSET,
    unique_student_identifier: str | Unset = UNSET,
) -> Response[InstructorRunningTaskList]:
    """List a course's instructor tasks

    Lists the instructor tasks of the course `course_id`. Without a query parameter it returns the tasks
    currently running; with `problem_location_str` it returns the task history of that problem, and with
    `unique_student_identifier` as well, the history of that problem for that student.
    `unique_student_identifier` without `problem_location_str`, or a malformed problem location, answers
    400. Only global staff and data researchers may list tasks; other signed-in users get 403, and an
    unknown course 404.

    Who may call: global staff. Anyone else gets 403. Needs a signed-in user holding the instructor
    app's show-tasks permission in the course: global staff, or a user with the data researcher role
    (for the course or its organization), which the caller list cannot name. Course staff and
    instructors without that role are refused with 403; an unknown course answers 404.

    Args:
        course_id (str):
        problem_location_str (str | Unset):
        unique_student_identifier (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[InstructorRunningTaskList]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        problem_location_str=problem_location_str,
        unique_student_identifier=unique_student_identifier,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    problem_location_str: str | Unset = UNSET,
    unique_student_identifier: str | Unset = UNSET,
) -> InstructorRunningTaskList:
    """List a course's instructor tasks

    Lists the instructor tasks of the course `course_id`. Without a query parameter it returns the tasks
    currently running; with `problem_location_str` it returns the task history of that problem, and with
    `unique_student_identifier` as well, the history of that problem for that student.
    `unique_student_identifier` without `problem_location_str`, or a malformed problem location, answers
    400. Only global staff and data researchers may list tasks; other signed-in users get 403, and an
    unknown course 404.

    Who may call: global staff. Anyone else gets 403. Needs a signed-in user holding the instructor
    app's show-tasks permission in the course: global staff, or a user with the data researcher role
    (for the course or its organization), which the caller list cannot name. Course staff and
    instructors without that role are refused with 403; an unknown course answers 404.

    Args:
        course_id (str):
        problem_location_str (str | Unset):
        unique_student_identifier (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        InstructorRunningTaskList
    """

    return sync_detailed(
        course_id=course_id,
        client=client,
        problem_location_str=problem_location_str,
        unique_student_identifier=unique_student_identifier,
    ).parsed


async def asyncio_detailed(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    problem_location_str: str | Unset = UNSET,
    unique_student_identifier: str | Unset = UNSET,
) -> Response[InstructorRunningTaskList]:
    """List a course's instructor tasks

    Lists the instructor tasks of the course `course_id`. Without a query parameter it returns the tasks
    currently running; with `problem_location_str` it returns the task history of that problem, and with
    `unique_student_identifier` as well, the history of that problem for that student.
    `unique_student_identifier` without `problem_location_str`, or a malformed problem location, answers
    400. Only global staff and data researchers may list tasks; other signed-in users get 403, and an
    unknown course 404.

    Who may call: global staff. Anyone else gets 403. Needs a signed-in user holding the instructor
    app's show-tasks permission in the course: global staff, or a user with the data researcher role
    (for the course or its organization), which the caller list cannot name. Course staff and
    instructors without that role are refused with 403; an unknown course answers 404.

    Args:
        course_id (str):
        problem_location_str (str | Unset):
        unique_student_identifier (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[InstructorRunningTaskList]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        problem_location_str=problem_location_str,
        unique_student_identifier=unique_student_identifier,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    problem_location_str: str | Unset = UNSET,
    unique_student_identifier: str | Unset = UNSET,
) -> InstructorRunningTaskList:
    """List a course's instructor tasks

    Lists the instructor tasks of the course `course_id`. Without a query parameter it returns the tasks
    currently running; with `problem_location_str` it returns the task history of that problem, and with
    `unique_student_identifier` as well, the history of that problem for that student.
    `unique_student_identifier` without `problem_location_str`, or a malformed problem location, answers
    400. Only global staff and data researchers may list tasks; other signed-in users get 403, and an
    unknown course 404.

    Who may call: global staff. Anyone else gets 403. Needs a signed-in user holding the instructor
    app's show-tasks permission in the course: global staff, or a user with the data researcher role
    (for the course or its organization), which the caller list cannot name. Course staff and
    instructors without that role are refused with 403; an unknown course answers 404.

    Args:
        course_id (str):
        problem_location_str (str | Unset):
        unique_student_identifier (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        InstructorRunningTaskList
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            client=client,
            problem_location_str=problem_location_str,
            unique_student_identifier=unique_student_identifier,
        )
    ).parsed
