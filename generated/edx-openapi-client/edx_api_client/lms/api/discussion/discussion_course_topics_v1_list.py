from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.discussion_topic_list_v1 import DiscussionTopicListV1
from ...types import UNSET, Response, Unset


def _get_kwargs(
    course_id: str,
    *,
    topic_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["topic_id"] = topic_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/discussion/v1/course_topics/{course_id}".format(
            course_id=quote(str(course_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DiscussionTopicListV1:
    if response.status_code == 200:
        response_200 = DiscussionTopicListV1.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DiscussionTopicListV1]:
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
    topic_id: str | Unset = UNSET,
) -> Response[DiscussionTopicListV1]:
    """List a course's discussion topics (v1)

    Returns the discussion topics of the course named in the path (version 1): two topic trees, the
    topics linked to the courseware (grouped by category) and the others. `topic_id` narrows it to the
    topics given as a comma-separated list; an id among them that names no topic answers 404. Learners
    enrolled in the course, its staff and global staff may call it; anyone else gets 404, as for a
    course whose discussions are disabled.

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 404. The caller must be enrolled in the course, or be its staff or
    global staff; the course check answers anyone else 404, as it does when the course's discussions are
    disabled.

    Args:
        course_id (str):
        topic_id (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[DiscussionTopicListV1]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        topic_id=topic_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    topic_id: str | Unset = UNSET,
) -> DiscussionTopicListV1:
    """List a course's discussion topics (v1)

    Returns the discussion topics of the course named in the path (version 1): two topic trees, the
    topics linked to the courseware (grouped by category) and the others. `topic_id` narrows it to the
    topics given as a comma-separated list; an id among them that names no topic answers 404. Learners
    enrolled in the course, its staff and global staff may call it; anyone else gets 404, as for a
    course whose discussions are disabled.

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 404. The caller must be enrolled in the course, or be its staff or
    global staff; the course check answers anyone else 404, as it does when the course's discussions are
    disabled.

    Args:
        course_id (str):
        topic_id (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        DiscussionTopicListV1
    """

    return sync_detailed(
        course_id=course_id,
        client=client,
        topic_id=topic_id,
    ).parsed


async def asyncio_detailed(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    topic_id: str | Unset = UNSET,
) -> Response[DiscussionTopicListV1]:
    """List a course's discussion topics (v1)

    Returns the discussion topics of the course named in the path (version 1): two topic trees, the
    topics linked to the courseware (grouped by category) and the others. `topic_id` narrows it to the
    topics given as a comma-separated list; an id among them that names no topic answers 404. Learners
    enrolled in the course, its staff and global staff may call it; anyone else gets 404, as for a
    course whose discussions are disabled.

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 404. The caller must be enrolled in the course, or be its staff or
    global staff; the course check answers anyone else 404, as it does when the course's discussions are
    disabled.

    Args:
        course_id (str):
        topic_id (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[DiscussionTopicListV1]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        topic_id=topic_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    topic_id: str | Unset = UNSET,
) -> DiscussionTopicListV1:
    """List a course's discussion topics (v1)

    Returns the discussion topics of the course named in the path (version 1): two topic trees, the
    topics linked to the courseware (grouped by category) and the others. `topic_id` narrows it to the
    topics given as a comma-separated list; an id among them that names no topic answers 404. Learners
    enrolled in the course, its staff and global staff may call it; anyone else gets 404, as for a
    course whose discussions are disabled.

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 404. The caller must be enrolled in the course, or be its staff or
    global staff; the course check answers anyone else 404, as it does when the course's discussions are
    disabled.

    Args:
        course_id (str):
        topic_id (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        DiscussionTopicListV1
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            client=client,
            topic_id=topic_id,
        )
    ).parsed
