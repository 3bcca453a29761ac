from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.discussion_comment import DiscussionComment
from ...models.discussion_comment_create_request import DiscussionCommentCreateRequest
from ...types import Response


def _get_kwargs(
    *,
    body: DiscussionCommentCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/discussion/v1/comments/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DiscussionComment:
    if response.status_code == 200:
        response_200 = DiscussionComment.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DiscussionComment]:
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
    body: DiscussionCommentCreateRequest,
) -> Response[DiscussionComment]:
    """Create a comment

    Creates a comment and answers 200 with it. The body names the `thread_id` (required) and the
    `raw_body`, and a `parent_id` to comment on a response; the caller starts following the thread. A
    closed thread refuses new comments (403), too many posts in a short time answer 429, and a caller
    not enrolled in the thread's course (nor its staff) gets 404.

    Who may call: any signed-in user. Anyone else gets 404. The caller must be enrolled in the course of
    the thread, or be its staff or global staff, and (without moderation rights) in the thread's cohort
    group when its topic is divided; anyone else gets 404. The path names the thread, not its course, so
    the list cannot say it.

    Args:
        body (DiscussionCommentCreateRequest): A new response to a thread, or comment on a
            response.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[DiscussionComment]: the status, headers, raw body and parsed body.
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
    body: DiscussionCommentCreateRequest,
) -> DiscussionComment:
    """Create a comment

    Creates a comment and answers 200 with it. The body names the `thread_id` (required) and the
    `raw_body`, and a `parent_id` to comment on a response; the caller starts following the thread. A
    closed thread refuses new comments (403), too many posts in a short time answer 429, and a caller
    not enrolled in the thread's course (nor its staff) gets 404.

    Who may call: any signed-in user. Anyone else gets 404. The caller must be enrolled in the course of
    the thread, or be its staff or global staff, and (without moderation rights) in the thread's cohort
    group when its topic is divided; anyone else gets 404. The path names the thread, not its course, so
    the list cannot say it.

    Args:
        body (DiscussionCommentCreateRequest): A new response to a thread, or comment on a
            response.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        DiscussionComment
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DiscussionCommentCreateRequest,
) -> Response[DiscussionComment]:
    """Create a comment

    Creates a comment and answers 200 with it. The body names the `thread_id` (required) and the
    `raw_body`, and a `parent_id` to comment on a response; the caller starts following the thread. A
    closed thread refuses new comments (403), too many posts in a short time answer 429, and a caller
    not enrolled in the thread's course (nor its staff) gets 404.

    Who may call: any signed-in user. Anyone else gets 404. The caller must be enrolled in the course of
    the thread, or be its staff or global staff, and (without moderation rights) in the thread's cohort
    group when its topic is divided; anyone else gets 404. The path names the thread, not its course, so
    the list cannot say it.

    Args:
        body (DiscussionCommentCreateRequest): A new response to a thread, or comment on a
            response.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[DiscussionComment]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DiscussionCommentCreateRequest,
) -> DiscussionComment:
    """Create a comment

    Creates a comment and answers 200 with it. The body names the `thread_id` (required) and the
    `raw_body`, and a `parent_id` to comment on a response; the caller starts following the thread. A
    closed thread refuses new comments (403), too many posts in a short time answer 429, and a caller
    not enrolled in the thread's course (nor its staff) gets 404.

    Who may call: any signed-in user. Anyone else gets 404. The caller must be enrolled in the course of
    the thread, or be its staff or global staff, and (without moderation rights) in the thread's cohort
    group when its topic is divided; anyone else gets 404. The path names the thread, not its course, so
    the list cannot say it.

    Args:
        body (DiscussionCommentCreateRequest): A new response to a thread, or comment on a
            response.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        DiscussionComment
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
