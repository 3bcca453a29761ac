from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.discussion_thread import DiscussionThread
from ...types import UNSET, Response, Unset


def _get_kwargs(
    thread_id: str,
    *,
    course_id: str | Unset = UNSET,
    requested_fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["course_id"] = course_id

    params["requested_fields"] = requested_fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/discussion/v1/threads/{thread_id}/".format(
            thread_id=quote(str(thread_id), safe=""),
        ),
        "params": params,
    }

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
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    course_id: str | Unset = UNSET,
    requested_fields: str | Unset = UNSET,
) -> Response[DiscussionThread]:
    """Get a thread

    Returns the thread whose id is given in the path. An unknown thread, a thread of a course the caller
    is neither enrolled in nor staff of, or one of another cohort group, answers 404; `course_id`, when
    given, must be the thread's course (404 otherwise).

    Who may call: any signed-in user. Anyone else gets 404. The caller must be enrolled in the course of
    the thread, or be its staff or global staff, and (without moderation rights) in the thread's cohort
    group when its topic is divided; anyone else gets 404. The path names the thread, not its course, so
    the list cannot say it.

    Args:
        thread_id (str):
        course_id (str | Unset):
        requested_fields (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[DiscussionThread]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        course_id=course_id,
        requested_fields=requested_fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    course_id: str | Unset = UNSET,
    requested_fields: str | Unset = UNSET,
) -> DiscussionThread:
    """Get a thread

    Returns the thread whose id is given in the path. An unknown thread, a thread of a course the caller
    is neither enrolled in nor staff of, or one of another cohort group, answers 404; `course_id`, when
    given, must be the thread's course (404 otherwise).

    Who may call: any signed-in user. Anyone else gets 404. The caller must be enrolled in the course of
    the thread, or be its staff or global staff, and (without moderation rights) in the thread's cohort
    group when its topic is divided; anyone else gets 404. The path names the thread, not its course, so
    the list cannot say it.

    Args:
        thread_id (str):
        course_id (str | Unset):
        requested_fields (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        DiscussionThread
    """

    return sync_detailed(
        thread_id=thread_id,
        client=client,
        course_id=course_id,
        requested_fields=requested_fields,
    ).parsed


async def asyncio_detailed(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    course_id: str | Unset = UNSET,
    requested_fields: str | Unset = UNSET,
) -> Response[DiscussionThread]:
    """Get a thread

    Returns the thread whose id is given in the path. An unknown thread, a thread of a course the caller
    is neither enrolled in nor staff of, or one of another cohort group, answers 404; `course_id`, when
    given, must be the thread's course (404 otherwise).

    Who may call: any signed-in user. Anyone else gets 404. The caller must be enrolled in the course of
    the thread, or be its staff or global staff, and (without moderation rights) in the thread's cohort
    group when its topic is divided; anyone else gets 404. The path names the thread, not its course, so
    the list cannot say it.

    Args:
        thread_id (str):
        course_id (str | Unset):
        requested_fields (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[DiscussionThread]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        course_id=course_id,
        requested_fields=requested_fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    course_id: str | Unset = UNSET,
    requested_fields: str | Unset = UNSET,
) -> DiscussionThread:
    """Get a thread

    Returns the thread whose id is given in the path. An unknown thread, a thread of a course the caller
    is neither enrolled in nor staff of, or one of another cohort group, answers 404; `course_id`, when
    given, must be the thread's course (404 otherwise).

    Who may call: any signed-in user. Anyone else gets 404. The caller must be enrolled in the course of
    the thread, or be its staff or global staff, and (without moderation rights) in the thread's cohort
    group when its topic is divided; anyone else gets 404. The path names the thread, not its course, so
    the list cannot say it.

    Args:
        thread_id (str):
        course_id (str | Unset):
        requested_fields (str | Unset):

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
            thread_id=thread_id,
            client=client,
            course_id=course_id,
            requested_fields=requested_fields,
        )
    ).parsed
