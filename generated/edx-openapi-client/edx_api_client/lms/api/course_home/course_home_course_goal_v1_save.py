from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.course_home_course_goal_save_request import (
    CourseHomeCourseGoalSaveRequest,
)
from ...models.course_home_course_goal_saved import CourseHomeCourseGoalSaved
from ...types import Response


def _get_kwargs(
    *,
    body: CourseHomeCourseGoalSaveRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/course_home/v1/save_course_goal",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CourseHomeCourseGoalSaved:
    if response.status_code == 200:
        response_200 = CourseHomeCourseGoalSaved.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CourseHomeCourseGoalSaved]:
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
    body: CourseHomeCourseGoalSaveRequest,
) -> Response[CourseHomeCourseGoalSaved]:
    """Save the learner's course goal

    Saves the requesting learner's goal for a course: how many days a week they want to learn and
    whether they want reminder emails. `course_id` and `subscribed_to_reminders` are required. Any
    signed-in user may call it for their own goal. Answers a confirmation header and message; a missing
    required field, or any failure to save the goal, is answered 400. The same operation is served
    without `v1/` (`/course_home/save_course_goal`).

    Who may call: any signed-in user. Anyone else gets 403. Saves the caller's own goal; no enrollment
    or course access is checked, and any failure to save (such as an invalid course key) is answered
    400.

    Args:
        body (CourseHomeCourseGoalSaveRequest): A learner's weekly learning goal in a course.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CourseHomeCourseGoalSaved]: the status, headers, raw body and parsed body.
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
    body: CourseHomeCourseGoalSaveRequest,
) -> CourseHomeCourseGoalSaved:
    """Save the learner's course goal

    Saves the requesting learner's goal for a course: how many days a week they want to learn and
    whether they want reminder emails. `course_id` and `subscribed_to_reminders` are required. Any
    signed-in user may call it for their own goal. Answers a confirmation header and message; a missing
    required field, or any failure to save the goal, is answered 400. The same operation is served
    without `v1/` (`/course_home/save_course_goal`).

    Who may call: any signed-in user. Anyone else gets 403. Saves the caller's own goal; no enrollment
    or course access is checked, and any failure to save (such as an invalid course key) is answered
    400.

    Args:
        body (CourseHomeCourseGoalSaveRequest): A learner's weekly learning goal in a course.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CourseHomeCourseGoalSaved
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CourseHomeCourseGoalSaveRequest,
) -> Response[CourseHomeCourseGoalSaved]:
    """Save the learner's course goal

    Saves the requesting learner's goal for a course: how many days a week they want to learn and
    whether they want reminder emails. `course_id` and `subscribed_to_reminders` are required. Any
    signed-in user may call it for their own goal. Answers a confirmation header and message; a missing
    required field, or any failure to save the goal, is answered 400. The same operation is served
    without `v1/` (`/course_home/save_course_goal`).

    Who may call: any signed-in user. Anyone else gets 403. Saves the caller's own goal; no enrollment
    or course access is checked, and any failure to save (such as an invalid course key) is answered
    400.

    Args:
        body (CourseHomeCourseGoalSaveRequest): A learner's weekly learning goal in a course.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CourseHomeCourseGoalSaved]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CourseHomeCourseGoalSaveRequest,
) -> CourseHomeCourseGoalSaved:
    """Save the learner's course goal

    Saves the requesting learner's goal for a course: how many days a week they want to learn and
    whether they want reminder emails. `course_id` and `subscribed_to_reminders` are required. Any
    signed-in user may call it for their own goal. Answers a confirmation header and message; a missing
    required field, or any failure to save the goal, is answered 400. The same operation is served
    without `v1/` (`/course_home/save_course_goal`).

    Who may call: any signed-in user. Anyone else gets 403. Saves the caller's own goal; no enrollment
    or course access is checked, and any failure to save (such as an invalid course key) is answered
    400.

    Args:
        body (CourseHomeCourseGoalSaveRequest): A learner's weekly learning goal in a course.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CourseHomeCourseGoalSaved
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
