from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.discussion_topic_v3_entry import DiscussionTopicV3Entry
from ...types import Response


def _get_kwargs(
    course_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/discussion/v3/course_topics/{course_id}".format(
            course_id=quote(str(course_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[DiscussionTopicV3Entry]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = DiscussionTopicV3Entry.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[DiscussionTopicV3Entry]]:
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
) -> Response[list[DiscussionTopicV3Entry]]:
    """List a course's discussion topics (v3)

    Returns the topic listing of the course named in the path (version 3): one list mixing the topics
    not linked to the courseware (the version 2 fields with `courseware` false) and the course's
    sections (`courseware` true), each holding its subsections, which hold the topics of their units and
    their thread counts. Example: `GET
    /api/discussion/v3/course_topics/course-v1:ExampleX+Subject101+2015`. Learners enrolled in the
    course, its staff and global staff may call it; anyone else gets 404, as for a course whose
    discussions are disabled.

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 404. The caller must be enrolled in the course, or be its staff or
    global staff; the course check answers anyone else 404, as it does when the course's discussions are
    disabled. The discussion tab itself is not checked here.

    Args:
        course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[list[DiscussionTopicV3Entry]]: the status, headers, raw body and parsed body.
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
) -> list[DiscussionTopicV3Entry]:
    """List a course's discussion topics (v3)

    Returns the topic listing of the course named in the path (version 3): one list mixing the topics
    not linked to the courseware (the version 2 fields with `courseware` false) and the course's
    sections (`courseware` true), each holding its subsections, which hold the topics of their units and
    their thread counts. Example: `GET
    /api/discussion/v3/course_topics/course-v1:ExampleX+Subject101+2015`. Learners enrolled in the
    course, its staff and global staff may call it; anyone else gets 404, as for a course whose
    discussions are disabled.

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 404. The caller must be enrolled in the course, or be its staff or
    global staff; the course check answers anyone else 404, as it does when the course's discussions are
    disabled. The discussion tab itself is not checked here.

    Args:
        course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        list[DiscussionTopicV3Entry]
    """

    return sync_detailed(
        course_id=course_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[DiscussionTopicV3Entry]]:
    """List a course's discussion topics (v3)

    Returns the topic listing of the course named in the path (version 3): one list mixing the topics
    not linked to the courseware (the version 2 fields with `courseware` false) and the course's
    sections (`courseware` true), each holding its subsections, which hold the topics of their units and
    their thread counts. Example: `GET
    /api/discussion/v3/course_topics/course-v1:ExampleX+Subject101+2015`. Learners enrolled in the
    course, its staff and global staff may call it; anyone else gets 404, as for a course whose
    discussions are disabled.

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 404. The caller must be enrolled in the course, or be its staff or
    global staff; the course check answers anyone else 404, as it does when the course's discussions are
    disabled. The discussion tab itself is not checked here.

    Args:
        course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[list[DiscussionTopicV3Entry]]: the status, headers, raw body and parsed body.
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
) -> list[DiscussionTopicV3Entry]:
    """List a course's discussion topics (v3)

    Returns the topic listing of the course named in the path (version 3): one list mixing the topics
    not linked to the courseware (the version 2 fields with `courseware` false) and the course's
    sections (`courseware` true), each holding its subsections, which hold the topics of their units and
    their thread counts. Example: `GET
    /api/discussion/v3/course_topics/course-v1:ExampleX+Subject101+2015`. Learners enrolled in the
    course, its staff and global staff may call it; anyone else gets 404, as for a course whose
    discussions are disabled.

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 404. The caller must be enrolled in the course, or be its staff or
    global staff; the course check answers anyone else 404, as it does when the course's discussions are
    disabled. The discussion tab itself is not checked here.

    Args:
        course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        list[DiscussionTopicV3Entry]
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            client=client,
        )
    ).parsed
