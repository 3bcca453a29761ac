from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.team_topic import TeamTopic
from ...types import Response


def _get_kwargs(
    topic_id: str,
    course_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/team/v0/topics/{topic_id},{course_id}".format(
            topic_id=quote(str(topic_id), safe=""),
            course_id=quote(str(course_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TeamTopic:
    if response.status_code == 200:
        response_200 = TeamTopic.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TeamTopic]:
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
    topic_id: str,
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[TeamTopic]:
    """Get a topic of a course

    Returns the topic `topic_id` of the course `course_id`. Learners enrolled in the course, its staff
    and discussion moderators and global staff may read it (403 for others); a course id that does not
    parse, an unknown course or topic, or a private topic the caller may not see answers 404.

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 403. The course's discussion administrators, moderators and community
    TAs pass the same check as its staff.

    Args:
        topic_id (str):
        course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[TeamTopic]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        topic_id=topic_id,
        course_id=course_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    topic_id: str,
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> TeamTopic:
    """Get a topic of a course

    Returns the topic `topic_id` of the course `course_id`. Learners enrolled in the course, its staff
    and discussion moderators and global staff may read it (403 for others); a course id that does not
    parse, an unknown course or topic, or a private topic the caller may not see answers 404.

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 403. The course's discussion administrators, moderators and community
    TAs pass the same check as its staff.

    Args:
        topic_id (str):
        course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        TeamTopic
    """

    return sync_detailed(
        topic_id=topic_id,
        course_id=course_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    topic_id: str,
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[TeamTopic]:
    """Get a topic of a course

    Returns the topic `topic_id` of the course `course_id`. Learners enrolled in the course, its staff
    and discussion moderators and global staff may read it (403 for others); a course id that does not
    parse, an unknown course or topic, or a private topic the caller may not see answers 404.

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 403. The course's discussion administrators, moderators and community
    TAs pass the same check as its staff.

    Args:
        topic_id (str):
        course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[TeamTopic]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        topic_id=topic_id,
        course_id=course_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    topic_id: str,
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> TeamTopic:
    """Get a topic of a course

    Returns the topic `topic_id` of the course `course_id`. Learners enrolled in the course, its staff
    and discussion moderators and global staff may read it (403 for others); a course id that does not
    parse, an unknown course or topic, or a private topic the caller may not see answers 404.

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 403. The course's discussion administrators, moderators and community
    TAs pass the same check as its staff.

    Args:
        topic_id (str):
        course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        TeamTopic
    """

    return (
        await asyncio_detailed(
            topic_id=topic_id,
            course_id=course_id,
            client=client,
        )
    ).parsed
