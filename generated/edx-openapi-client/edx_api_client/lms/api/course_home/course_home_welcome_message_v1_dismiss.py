from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.course_home_message import CourseHomeMessage
from ...models.course_home_welcome_message_dismiss_request import (
    CourseHomeWelcomeMessageDismissRequest,
)
from ...types import Response


def _get_kwargs(
    *,
    body: CourseHomeWelcomeMessageDismissRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/course_home/v1/dismiss_welcome_message",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CourseHomeMessage:
    if response.status_code == 200:
        response_200 = CourseHomeMessage.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CourseHomeMessage]:
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
    body: CourseHomeWelcomeMessageDismissRequest,
) -> Response[CourseHomeMessage]:
    """Dismiss the welcome message

    Dismisses the current course welcome message (the latest course update) for the requesting user. The
    body names the course as `course_id` and nothing else. Needs a signed-in caller enrolled in the
    course (or its staff). Answers a confirmation message; a missing `course_id`, any other key, or any
    failure to dismiss (including a caller without access to the course) is answered 400. The same
    operation is served without `v1/` (`/course_home/dismiss_welcome_message`).

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 400. The view loads the course with an enrollment check, but turns
    every failure (an unknown course, no enrollment) into 400 "Unable to dismiss welcome message.", so a
    signed-in caller without access is answered 400, not 403.

    Args:
        body (CourseHomeWelcomeMessageDismissRequest): The course whose welcome message is
            dismissed; no other key is accepted.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CourseHomeMessage]: the status, headers, raw body and parsed body.
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
    body: CourseHomeWelcomeMessageDismissRequest,
) -> CourseHomeMessage:
    """Dismiss the welcome message

    Dismisses the current course welcome message (the latest course update) for the requesting user. The
    body names the course as `course_id` and nothing else. Needs a signed-in caller enrolled in the
    course (or its staff). Answers a confirmation message; a missing `course_id`, any other key, or any
    failure to dismiss (including a caller without access to the course) is answered 400. The same
    operation is served without `v1/` (`/course_home/dismiss_welcome_message`).

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 400. The view loads the course with an enrollment check, but turns
    every failure (an unknown course, no enrollment) into 400 "Unable to dismiss welcome message.", so a
    signed-in caller without access is answered 400, not 403.

    Args:
        body (CourseHomeWelcomeMessageDismissRequest): The course whose welcome message is
            dismissed; no other key is accepted.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CourseHomeMessage
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CourseHomeWelcomeMessageDismissRequest,
) -> Response[CourseHomeMessage]:
    """Dismiss the welcome message

    Dismisses the current course welcome message (the latest course update) for the requesting user. The
    body names the course as `course_id` and nothing else. Needs a signed-in caller enrolled in the
    course (or its staff). Answers a confirmation message; a missing `course_id`, any other key, or any
    failure to dismiss (including a caller without access to the course) is answered 400. The same
    operation is served without `v1/` (`/course_home/dismiss_welcome_message`).

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 400. The view loads the course with an enrollment check, but turns
    every failure (an unknown course, no enrollment) into 400 "Unable to dismiss welcome message.", so a
    signed-in caller without access is answered 400, not 403.

    Args:
        body (CourseHomeWelcomeMessageDismissRequest): The course whose welcome message is
            dismissed; no other key is accepted.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CourseHomeMessage]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CourseHomeWelcomeMessageDismissRequest,
) -> CourseHomeMessage:
    """Dismiss the welcome message

    Dismisses the current course welcome message (the latest course update) for the requesting user. The
    body names the course as `course_id` and nothing else. Needs a signed-in caller enrolled in the
    course (or its staff). Answers a confirmation message; a missing `course_id`, any other key, or any
    failure to dismiss (including a caller without access to the course) is answered 400. The same
    operation is served without `v1/` (`/course_home/dismiss_welcome_message`).

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 400. The view loads the course with an enrollment check, but turns
    every failure (an unknown course, no enrollment) into 400 "Unable to dismiss welcome message.", so a
    signed-in caller without access is answered 400, not 403.

    Args:
        body (CourseHomeWelcomeMessageDismissRequest): The course whose welcome message is
            dismissed; no other key is accepted.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CourseHomeMessage
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
