from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.course_experience_reset_course_deadlines_request import (
    CourseExperienceResetCourseDeadlinesRequest,
)
from ...models.course_experience_reset_course_deadlines_response import (
    CourseExperienceResetCourseDeadlinesResponse,
)
from ...types import Response


def _get_kwargs(
    *,
    body: CourseExperienceResetCourseDeadlinesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/course_experience/v1/reset_course_deadlines",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CourseExperienceResetCourseDeadlinesResponse:
    if response.status_code == 200:
        response_200 = CourseExperienceResetCourseDeadlinesResponse.from_dict(
            response.json()
        )

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CourseExperienceResetCourseDeadlinesResponse]:
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
    body: CourseExperienceResetCourseDeadlinesRequest,
) -> Response[CourseExperienceResetCourseDeadlinesResponse]:
    """Reset a learner's course deadlines

    Moves the start date of the requesting learner's schedule in a course to today, which shifts the due
    dates of the sequentials of a self-paced course accordingly. The body names the course
    (`course_key`) and may carry data for the research tracking event, for example where the reset-
    deadlines banner was clicked (such as the outline tab). Needs a signed-in caller; a missing
    `course_key`, or any failure to reset, is answered 400.

    Who may call: any signed-in user. Anyone else gets 403. Resets the caller's own schedule in the
    named course; every failure to reset (such as no enrollment or an invalid course key) is answered
    400 "Unable to reset deadlines.", not 403.

    Args:
        body (CourseExperienceResetCourseDeadlinesRequest): Which course's deadlines to reset, and
            what to record in the tracking event. `course_key` is required: a body without it is
            answered 400.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CourseExperienceResetCourseDeadlinesResponse]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CourseExperienceResetCourseDeadlinesRequest,
) -> CourseExperienceResetCourseDeadlinesResponse:
    """Reset a learner's course deadlines

    Moves the start date of the requesting learner's schedule in a course to today, which shifts the due
    dates of the sequentials of a self-paced course accordingly. The body names the course
    (`course_key`) and may carry data for the research tracking event, for example where the reset-
    deadlines banner was clicked (such as the outline tab). Needs a signed-in caller; a missing
    `course_key`, or any failure to reset, is answered 400.

    Who may call: any signed-in user. Anyone else gets 403. Resets the caller's own schedule in the
    named course; every failure to reset (such as no enrollment or an invalid course key) is answered
    400 "Unable to reset deadlines.", not 403.

    Args:
        body (CourseExperienceResetCourseDeadlinesRequest): Which course's deadlines to reset, and
            what to record in the tracking event. `course_key` is required: a body without it is
            answered 400.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CourseExperienceResetCourseDeadlinesResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CourseExperienceResetCourseDeadlinesRequest,
) -> Response[CourseExperienceResetCourseDeadlinesResponse]:
    """Reset a learner's course deadlines

    Moves the start date of the requesting learner's schedule in a course to today, which shifts the due
    dates of the sequentials of a self-paced course accordingly. The body names the course
    (`course_key`) and may carry data for the research tracking event, for example where the reset-
    deadlines banner was clicked (such as the outline tab). Needs a signed-in caller; a missing
    `course_key`, or any failure to reset, is answered 400.

    Who may call: any signed-in user. Anyone else gets 403. Resets the caller's own schedule in the
    named course; every failure to reset (such as no enrollment or an invalid course key) is answered
    400 "Unable to reset deadlines.", not 403.

    Args:
        body (CourseExperienceResetCourseDeadlinesRequest): Which course's deadlines to reset, and
            what to record in the tracking event. `course_key` is required: a body without it is
            answered 400.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CourseExperienceResetCourseDeadlinesResponse]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CourseExperienceResetCourseDeadlinesRequest,
) -> CourseExperienceResetCourseDeadlinesResponse:
    """Reset a learner's course deadlines

    Moves the start date of the requesting learner's schedule in a course to today, which shifts the due
    dates of the sequentials of a self-paced course accordingly. The body names the course
    (`course_key`) and may carry data for the research tracking event, for example where the reset-
    deadlines banner was clicked (such as the outline tab). Needs a signed-in caller; a missing
    `course_key`, or any failure to reset, is answered 400.

    Who may call: any signed-in user. Anyone else gets 403. Resets the caller's own schedule in the
    named course; every failure to reset (such as no enrollment or an invalid course key) is answered
    400 "Unable to reset deadlines.", not 403.

    Args:
        body (CourseExperienceResetCourseDeadlinesRequest): Which course's deadlines to reset, and
            what to record in the tracking event. `course_key` is required: a body without it is
            answered 400.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CourseExperienceResetCourseDeadlinesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
