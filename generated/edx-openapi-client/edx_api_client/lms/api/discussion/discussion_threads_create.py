from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.discussion_thread import DiscussionThread
from ...models.discussion_thread_create_request import DiscussionThreadCreateRequest
from ...types import Response


def _get_kwargs(
    *,
    body: DiscussionThreadCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/discussion/v1/threads/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DiscussionThread:
    if response.status_code == 200:
        response_200 = DiscussionThread.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DiscussionThread]:
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
    body: DiscussionThreadCreateRequest,
) -> Response[DiscussionThread]:
    """Create a thread

    Creates a discussion thread and answers 200 with it. The body names the course, the topic, the type,
    the title and the body of the thread, and may make it anonymous or have the caller follow it.
    Posting during a blackout period without moderation rights is refused, and too many posts in a short
    time answer 429. Learners enrolled in the course, its staff and global staff may call it; anyone
    else gets 404, as for a course whose discussions are disabled.

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 404. The caller must be enrolled in the course, or be its staff or
    global staff; the course check answers anyone else 404, as it does when the course's discussions are
    disabled.

    Args:
        body (DiscussionThreadCreateRequest): A new thread.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[DiscussionThread]: the status, headers, raw body and parsed body.
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
    body: DiscussionThreadCreateRequest,
) -> DiscussionThread:
    """Create a thread

    Creates a discussion thread and answers 200 with it. The body names the course, the topic, the type,
    the title and the body of the thread, and may make it anonymous or have the caller follow it.
    Posting during a blackout period without moderation rights is refused, and too many posts in a short
    time answer 429. Learners enrolled in the course, its staff and global staff may call it; anyone
    else gets 404, as for a course whose discussions are disabled.

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 404. The caller must be enrolled in the course, or be its staff or
    global staff; the course check answers anyone else 404, as it does when the course's discussions are
    disabled.

    Args:
        body (DiscussionThreadCreateRequest): A new thread.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        DiscussionThread
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DiscussionThreadCreateRequest,
) -> Response[DiscussionThread]:
    """Create a thread

    Creates a discussion thread and answers 200 with it. The body names the course, the topic, the type,
    the title and the body of the thread, and may make it anonymous or have the caller follow it.
    Posting during a blackout period without moderation rights is refused, and too many posts in a short
    time answer 429. Learners enrolled in the course, its staff and global staff may call it; anyone
    else gets 404, as for a course whose discussions are disabled.

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 404. The caller must be enrolled in the course, or be its staff or
    global staff; the course check answers anyone else 404, as it does when the course's discussions are
    disabled.

    Args:
        body (DiscussionThreadCreateRequest): A new thread.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[DiscussionThread]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DiscussionThreadCreateRequest,
) -> DiscussionThread:
    """Create a thread

    Creates a discussion thread and answers 200 with it. The body names the course, the topic, the type,
    the title and the body of the thread, and may make it anonymous or have the caller follow it.
    Posting during a blackout period without moderation rights is refused, and too many posts in a short
    time answer 429. Learners enrolled in the course, its staff and global staff may call it; anyone
    else gets 404, as for a course whose discussions are disabled.

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 404. The caller must be enrolled in the course, or be its staff or
    global staff; the course check answers anyone else 404, as it does when the course's discussions are
    disabled.

    Args:
        body (DiscussionThreadCreateRequest): A new thread.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        DiscussionThread
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
