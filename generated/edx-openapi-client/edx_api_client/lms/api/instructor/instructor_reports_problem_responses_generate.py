from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.instructor_report_generation_status import (
    InstructorReportGenerationStatus,
)
from ...models.instructor_report_problem_responses_request import (
    InstructorReportProblemResponsesRequest,
)
from ...types import Response


def _get_kwargs(
    course_id: str,
    *,
    body: InstructorReportProblemResponsesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/instructor/v1/reports/{course_id}/generate/problem_responses".format(
            course_id=quote(str(course_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InstructorReportGenerationStatus:
    if response.status_code == 200:
        response_200 = InstructorReportGenerationStatus.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InstructorReportGenerationStatus]:
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
    body: InstructorReportProblemResponsesRequest,
) -> Response[InstructorReportGenerationStatus]:
    """Generate a problem responses report

    Starts generating a CSV file of every student answer to the given problems of the course
    `course_id`. Each usage key in `problem_locations` names a block; a block that contains others (the
    course, a section, a subsection or a unit) brings in every block under it. `problem_types_filter`,
    optional, keeps only blocks of the given types: to report on every poll and survey of a course, send
    the course's usage key as the location and "poll, survey" as the filter. The answer is the same when
    a generation task is already running. Faulty problem locations are answered with 400. Only global
    staff and data researchers may start it; other signed-in users get 403.

    Who may call: global staff. Anyone else gets 403. Needs a signed-in user holding the instructor
    app's research permission in the course: global staff, or a user with the data researcher role (for
    the course or its organization), which the caller list cannot name. Course staff and instructors
    without that role are refused with 403; an unknown course answers 404.

    Args:
        course_id (str):
        body (InstructorReportProblemResponsesRequest): The problems to report on, and optionally
            the block types to keep.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[InstructorReportGenerationStatus]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InstructorReportProblemResponsesRequest,
) -> InstructorReportGenerationStatus:
    """Generate a problem responses report

    Starts generating a CSV file of every student answer to the given problems of the course
    `course_id`. Each usage key in `problem_locations` names a block; a block that contains others (the
    course, a section, a subsection or a unit) brings in every block under it. `problem_types_filter`,
    optional, keeps only blocks of the given types: to report on every poll and survey of a course, send
    the course's usage key as the location and "poll, survey" as the filter. The answer is the same when
    a generation task is already running. Faulty problem locations are answered with 400. Only global
    staff and data researchers may start it; other signed-in users get 403.

    Who may call: global staff. Anyone else gets 403. Needs a signed-in user holding the instructor
    app's research permission in the course: global staff, or a user with the data researcher role (for
    the course or its organization), which the caller list cannot name. Course staff and instructors
    without that role are refused with 403; an unknown course answers 404.

    Args:
        course_id (str):
        body (InstructorReportProblemResponsesRequest): The problems to report on, and optionally
            the block types to keep.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        InstructorReportGenerationStatus
    """

    return sync_detailed(
        course_id=course_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InstructorReportProblemResponsesRequest,
) -> Response[InstructorReportGenerationStatus]:
    """Generate a problem responses report

    Starts generating a CSV file of every student answer to the given problems of the course
    `course_id`. Each usage key in `problem_locations` names a block; a block that contains others (the
    course, a section, a subsection or a unit) brings in every block under it. `problem_types_filter`,
    optional, keeps only blocks of the given types: to report on every poll and survey of a course, send
    the course's usage key as the location and "poll, survey" as the filter. The answer is the same when
    a generation task is already running. Faulty problem locations are answered with 400. Only global
    staff and data researchers may start it; other signed-in users get 403.

    Who may call: global staff. Anyone else gets 403. Needs a signed-in user holding the instructor
    app's research permission in the course: global staff, or a user with the data researcher role (for
    the course or its organization), which the caller list cannot name. Course staff and instructors
    without that role are refused with 403; an unknown course answers 404.

    Args:
        course_id (str):
        body (InstructorReportProblemResponsesRequest): The problems to report on, and optionally
            the block types to keep.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[InstructorReportGenerationStatus]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InstructorReportProblemResponsesRequest,
) -> InstructorReportGenerationStatus:
    """Generate a problem responses report

    Starts generating a CSV file of every student answer to the given problems of the course
    `course_id`. Each usage key in `problem_locations` names a block; a block that contains others (the
    course, a section, a subsection or a unit) brings in every block under it. `problem_types_filter`,
    optional, keeps only blocks of the given types: to report on every poll and survey of a course, send
    the course's usage key as the location and "poll, survey" as the filter. The answer is the same when
    a generation task is already running. Faulty problem locations are answered with 400. Only global
    staff and data researchers may start it; other signed-in users get 403.

    Who may call: global staff. Anyone else gets 403. Needs a signed-in user holding the instructor
    app's research permission in the course: global staff, or a user with the data researcher role (for
    the course or its organization), which the caller list cannot name. Course staff and instructors
    without that role are refused with 403; an unknown course answers 404.

    Args:
        course_id (str):
        body (InstructorReportProblemResponsesRequest): The problems to report on, and optionally
            the block types to keep.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        InstructorReportGenerationStatus
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            client=client,
            body=body,
        )
    ).parsed
