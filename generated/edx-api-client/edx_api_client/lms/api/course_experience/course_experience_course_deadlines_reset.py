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
from ...models.error_response import ErrorResponse
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
) -> CourseExperienceResetCourseDeadlinesResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CourseExperienceResetCourseDeadlinesResponse.from_dict(
            response.json()
        )

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

    if client.raise_on_unexpected_status:
        raise errors.api_error(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CourseExperienceResetCourseDeadlinesResponse | ErrorResponse]:
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
) -> Response[CourseExperienceResetCourseDeadlinesResponse | ErrorResponse]:
    """Reset a learner's course deadlines

     Moves the start date of the requesting learner's schedule in a course to today, which shifts the due
    dates of the sequentials of a self-paced course accordingly. The body names the course and may carry
    data to include in the research tracking event, for example where the reset-deadlines banner was
    clicked (such as the outline tab).

    Args:
        body (CourseExperienceResetCourseDeadlinesRequest): Which course's deadlines to reset, and
            what to record in the tracking event. The doc does not say which field is required; the
            view refuses a body without `course_key` (400).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CourseExperienceResetCourseDeadlinesResponse | ErrorResponse]
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
) -> CourseExperienceResetCourseDeadlinesResponse | ErrorResponse | None:
    """Reset a learner's course deadlines

     Moves the start date of the requesting learner's schedule in a course to today, which shifts the due
    dates of the sequentials of a self-paced course accordingly. The body names the course and may carry
    data to include in the research tracking event, for example where the reset-deadlines banner was
    clicked (such as the outline tab).

    Args:
        body (CourseExperienceResetCourseDeadlinesRequest): Which course's deadlines to reset, and
            what to record in the tracking event. The doc does not say which field is required; the
            view refuses a body without `course_key` (400).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CourseExperienceResetCourseDeadlinesResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CourseExperienceResetCourseDeadlinesRequest,
) -> Response[CourseExperienceResetCourseDeadlinesResponse | ErrorResponse]:
    """Reset a learner's course deadlines

     Moves the start date of the requesting learner's schedule in a course to today, which shifts the due
    dates of the sequentials of a self-paced course accordingly. The body names the course and may carry
    data to include in the research tracking event, for example where the reset-deadlines banner was
    clicked (such as the outline tab).

    Args:
        body (CourseExperienceResetCourseDeadlinesRequest): Which course's deadlines to reset, and
            what to record in the tracking event. The doc does not say which field is required; the
            view refuses a body without `course_key` (400).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CourseExperienceResetCourseDeadlinesResponse | ErrorResponse]
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
) -> CourseExperienceResetCourseDeadlinesResponse | ErrorResponse | None:
    """Reset a learner's course deadlines

     Moves the start date of the requesting learner's schedule in a course to today, which shifts the due
    dates of the sequentials of a self-paced course accordingly. The body names the course and may carry
    data to include in the research tracking event, for example where the reset-deadlines banner was
    clicked (such as the outline tab).

    Args:
        body (CourseExperienceResetCourseDeadlinesRequest): Which course's deadlines to reset, and
            what to record in the tracking event. The doc does not say which field is required; the
            view refuses a body without `course_key` (400).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CourseExperienceResetCourseDeadlinesResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
