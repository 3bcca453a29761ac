from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.discussion_course import DiscussionCourse
from ...types import Response


def _get_kwargs(
    course_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/discussion/v1/courses/{course_id}".format(
            course_id=quote(str(course_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DiscussionCourse:
    if response.status_code == 200:
        response_200 = DiscussionCourse.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DiscussionCourse]:
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
) -> Response[DiscussionCourse]:
    """Get a course's discussion metadata

    Returns the general discussion metadata of the course named in the path: whether anonymous posting
    is allowed, blackout periods, the reasons that can be given when editing or closing a post, the
    discussion provider, the URLs of the thread and topic listings, the caller's forum roles, what the
    caller may do in the forum (post, moderate, bulk delete, notify every learner) and how posting is
    restricted. Example: `GET /api/discussion/v1/courses/course-v1:ExampleX+Subject101+2015`. Learners
    enrolled in the course, its staff and global staff may call it; anyone else gets 404, as for a
    course whose discussions are disabled.

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 404. The caller must be enrolled in the course, or be its staff or
    global staff; the course check answers anyone else 404, as it does when the course's discussions are
    disabled.

    Args:
        course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[DiscussionCourse]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DiscussionCourse:
    """Get a course's discussion metadata

    Returns the general discussion metadata of the course named in the path: whether anonymous posting
    is allowed, blackout periods, the reasons that can be given when editing or closing a post, the
    discussion provider, the URLs of the thread and topic listings, the caller's forum roles, what the
    caller may do in the forum (post, moderate, bulk delete, notify every learner) and how posting is
    restricted. Example: `GET /api/discussion/v1/courses/course-v1:ExampleX+Subject101+2015`. Learners
    enrolled in the course, its staff and global staff may call it; anyone else gets 404, as for a
    course whose discussions are disabled.

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 404. The caller must be enrolled in the course, or be its staff or
    global staff; the course check answers anyone else 404, as it does when the course's discussions are
    disabled.

    Args:
        course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        DiscussionCourse
    """

    return sync_detailed(
        course_id=course_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DiscussionCourse]:
    """Get a course's discussion metadata

    Returns the general discussion metadata of the course named in the path: whether anonymous posting
    is allowed, blackout periods, the reasons that can be given when editing or closing a post, the
    discussion provider, the URLs of the thread and topic listings, the caller's forum roles, what the
    caller may do in the forum (post, moderate, bulk delete, notify every learner) and how posting is
    restricted. Example: `GET /api/discussion/v1/courses/course-v1:ExampleX+Subject101+2015`. Learners
    enrolled in the course, its staff and global staff may call it; anyone else gets 404, as for a
    course whose discussions are disabled.

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 404. The caller must be enrolled in the course, or be its staff or
    global staff; the course check answers anyone else 404, as it does when the course's discussions are
    disabled.

    Args:
        course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[DiscussionCourse]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DiscussionCourse:
    """Get a course's discussion metadata

    Returns the general discussion metadata of the course named in the path: whether anonymous posting
    is allowed, blackout periods, the reasons that can be given when editing or closing a post, the
    discussion provider, the URLs of the thread and topic listings, the caller's forum roles, what the
    caller may do in the forum (post, moderate, bulk delete, notify every learner) and how posting is
    restricted. Example: `GET /api/discussion/v1/courses/course-v1:ExampleX+Subject101+2015`. Learners
    enrolled in the course, its staff and global staff may call it; anyone else gets 404, as for a
    course whose discussions are disabled.

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 404. The caller must be enrolled in the course, or be its staff or
    global staff; the course check answers anyone else 404, as it does when the course's discussions are
    disabled.

    Args:
        course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        DiscussionCourse
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            client=client,
        )
    ).parsed
