from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.discussion_course_topics_v2_list_order_by import (
    DiscussionCourseTopicsV2ListOrderBy,
)
from ...models.discussion_topic_v2 import DiscussionTopicV2
from ...types import UNSET, Response, Unset


def _get_kwargs(
    course_id: str,
    *,
    topic_id: str | Unset = UNSET,
    order_by: DiscussionCourseTopicsV2ListOrderBy | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["topic_id"] = topic_id

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by.value

    params["order_by"] = json_order_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/discussion/v2/course_topics/{course_id}".format(
            course_id=quote(str(course_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[DiscussionTopicV2]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = DiscussionTopicV2.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[DiscussionTopicV2]]:
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
    order_by: DiscussionCourseTopicsV2ListOrderBy | Unset = UNSET,
) -> Response[list[DiscussionTopicV2]]:
    """List a course's discussion topics (v2)

    Returns the topic listing of the course named in the path (version 2), each topic with read-only
    fields. `topic_id` narrows it to some topics, given as a comma- separated list of ids, and
    `order_by` chooses how the topics are sorted (e.g. `course_structure`); ordering by activity is
    refused for a course whose discussions another provider runs. A topic disabled in its context is
    listed only when threads were posted in it. Example: `GET /api/discussion/v2/course_topics/course-
    v1:ExampleX+Subject101+2015?topic_id={topic_id_1, topid_id_2}&order_by=course_structure`. Learners
    enrolled in the course, its staff and global staff may call it; anyone else gets 404, as for a
    course whose discussions are disabled.

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 404. The caller must be enrolled in the course, or be its staff or
    global staff; the course check answers anyone else 404, as it does when the course's discussions are
    disabled. The discussion tab itself is not checked here.

    Args:
        course_id (str):
        topic_id (str | Unset):
        order_by (DiscussionCourseTopicsV2ListOrderBy | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[list[DiscussionTopicV2]]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        topic_id=topic_id,
        order_by=order_by,
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
    order_by: DiscussionCourseTopicsV2ListOrderBy | Unset = UNSET,
) -> list[DiscussionTopicV2]:
    """List a course's discussion topics (v2)

    Returns the topic listing of the course named in the path (version 2), each topic with read-only
    fields. `topic_id` narrows it to some topics, given as a comma- separated list of ids, and
    `order_by` chooses how the topics are sorted (e.g. `course_structure`); ordering by activity is
    refused for a course whose discussions another provider runs. A topic disabled in its context is
    listed only when threads were posted in it. Example: `GET /api/discussion/v2/course_topics/course-
    v1:ExampleX+Subject101+2015?topic_id={topic_id_1, topid_id_2}&order_by=course_structure`. Learners
    enrolled in the course, its staff and global staff may call it; anyone else gets 404, as for a
    course whose discussions are disabled.

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 404. The caller must be enrolled in the course, or be its staff or
    global staff; the course check answers anyone else 404, as it does when the course's discussions are
    disabled. The discussion tab itself is not checked here.

    Args:
        course_id (str):
        topic_id (str | Unset):
        order_by (DiscussionCourseTopicsV2ListOrderBy | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        list[DiscussionTopicV2]
    """

    return sync_detailed(
        course_id=course_id,
        client=client,
        topic_id=topic_id,
        order_by=order_by,
    ).parsed


async def asyncio_detailed(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    topic_id: str | Unset = UNSET,
    order_by: DiscussionCourseTopicsV2ListOrderBy | Unset = UNSET,
) -> Response[list[DiscussionTopicV2]]:
    """List a course's discussion topics (v2)

    Returns the topic listing of the course named in the path (version 2), each topic with read-only
    fields. `topic_id` narrows it to some topics, given as a comma- separated list of ids, and
    `order_by` chooses how the topics are sorted (e.g. `course_structure`); ordering by activity is
    refused for a course whose discussions another provider runs. A topic disabled in its context is
    listed only when threads were posted in it. Example: `GET /api/discussion/v2/course_topics/course-
    v1:ExampleX+Subject101+2015?topic_id={topic_id_1, topid_id_2}&order_by=course_structure`. Learners
    enrolled in the course, its staff and global staff may call it; anyone else gets 404, as for a
    course whose discussions are disabled.

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 404. The caller must be enrolled in the course, or be its staff or
    global staff; the course check answers anyone else 404, as it does when the course's discussions are
    disabled. The discussion tab itself is not checked here.

    Args:
        course_id (str):
        topic_id (str | Unset):
        order_by (DiscussionCourseTopicsV2ListOrderBy | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[list[DiscussionTopicV2]]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        topic_id=topic_id,
        order_by=order_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    topic_id: str | Unset = UNSET,
    order_by: DiscussionCourseTopicsV2ListOrderBy | Unset = UNSET,
) -> list[DiscussionTopicV2]:
    """List a course's discussion topics (v2)

    Returns the topic listing of the course named in the path (version 2), each topic with read-only
    fields. `topic_id` narrows it to some topics, given as a comma- separated list of ids, and
    `order_by` chooses how the topics are sorted (e.g. `course_structure`); ordering by activity is
    refused for a course whose discussions another provider runs. A topic disabled in its context is
    listed only when threads were posted in it. Example: `GET /api/discussion/v2/course_topics/course-
    v1:ExampleX+Subject101+2015?topic_id={topic_id_1, topid_id_2}&order_by=course_structure`. Learners
    enrolled in the course, its staff and global staff may call it; anyone else gets 404, as for a
    course whose discussions are disabled.

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 404. The caller must be enrolled in the course, or be its staff or
    global staff; the course check answers anyone else 404, as it does when the course's discussions are
    disabled. The discussion tab itself is not checked here.

    Args:
        course_id (str):
        topic_id (str | Unset):
        order_by (DiscussionCourseTopicsV2ListOrderBy | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        list[DiscussionTopicV2]
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            client=client,
            topic_id=topic_id,
            order_by=order_by,
        )
    ).parsed
