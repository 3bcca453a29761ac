from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
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
) -> ErrorResponse | InstructorRunningTaskList | None:
    if response.status_code == 200:
        response_200 = InstructorRunningTaskList.from_dict(response.json())

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
) -> Response[ErrorResponse | InstructorRunningTaskList]:
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
) -> Response[ErrorResponse | InstructorRunningTaskList]:
    """List a course's instructor tasks

     Lists the instructor tasks of the course `course_id`. Without a query parameter it returns the tasks
    currently running; with `problem_location_str` it returns the task history of that problem, and with
    `unique_student_identifier` as well, the history of that problem for that student. The doc's example
    request uses the older path /courses/{course_id}/instructor/api/v0/tasks.

    Args:
        course_id (str):
        problem_location_str (str | Unset):
        unique_student_identifier (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InstructorRunningTaskList]
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
) -> ErrorResponse | InstructorRunningTaskList | None:
    """List a course's instructor tasks

     Lists the instructor tasks of the course `course_id`. Without a query parameter it returns the tasks
    currently running; with `problem_location_str` it returns the task history of that problem, and with
    `unique_student_identifier` as well, the history of that problem for that student. The doc's example
    request uses the older path /courses/{course_id}/instructor/api/v0/tasks.

    Args:
        course_id (str):
        problem_location_str (str | Unset):
        unique_student_identifier (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InstructorRunningTaskList
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
) -> Response[ErrorResponse | InstructorRunningTaskList]:
    """List a course's instructor tasks

     Lists the instructor tasks of the course `course_id`. Without a query parameter it returns the tasks
    currently running; with `problem_location_str` it returns the task history of that problem, and with
    `unique_student_identifier` as well, the history of that problem for that student. The doc's example
    request uses the older path /courses/{course_id}/instructor/api/v0/tasks.

    Args:
        course_id (str):
        problem_location_str (str | Unset):
        unique_student_identifier (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InstructorRunningTaskList]
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
) -> ErrorResponse | InstructorRunningTaskList | None:
    """List a course's instructor tasks

     Lists the instructor tasks of the course `course_id`. Without a query parameter it returns the tasks
    currently running; with `problem_location_str` it returns the task history of that problem, and with
    `unique_student_identifier` as well, the history of that problem for that student. The doc's example
    request uses the older path /courses/{course_id}/instructor/api/v0/tasks.

    Args:
        course_id (str):
        problem_location_str (str | Unset):
        unique_student_identifier (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InstructorRunningTaskList
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            client=client,
            problem_location_str=problem_location_str,
            unique_student_identifier=unique_student_identifier,
        )
    ).parsed
