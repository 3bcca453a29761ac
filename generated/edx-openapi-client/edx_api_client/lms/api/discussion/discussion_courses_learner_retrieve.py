from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.discussion_courses_learner_retrieve_order_by import (
    DiscussionCoursesLearnerRetrieveOrderBy,
)
from ...models.discussion_courses_learner_retrieve_status import (
    DiscussionCoursesLearnerRetrieveStatus,
)
from ...models.discussion_courses_learner_retrieve_thread_type import (
    DiscussionCoursesLearnerRetrieveThreadType,
)
from ...models.discussion_paginated_thread_list import DiscussionPaginatedThreadList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    course_id: str,
    *,
    username: str,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    count_flagged: bool | Unset = UNSET,
    thread_type: DiscussionCoursesLearnerRetrieveThreadType | Unset = UNSET,
    order_by: DiscussionCoursesLearnerRetrieveOrderBy | Unset = UNSET,
    status: DiscussionCoursesLearnerRetrieveStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["username"] = username

    params["page"] = page

    params["page_size"] = page_size

    params["count_flagged"] = count_flagged

    json_thread_type: str | Unset = UNSET
    if not isinstance(thread_type, Unset):
        json_thread_type = thread_type.value

    params["thread_type"] = json_thread_type

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by.value

    params["order_by"] = json_order_by

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/discussion/v1/courses/{course_id}/learner/".format(
            course_id=quote(str(course_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DiscussionPaginatedThreadList:
    if response.status_code == 200:
        response_200 = DiscussionPaginatedThreadList.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DiscussionPaginatedThreadList]:
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
    username: str,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    count_flagged: bool | Unset = UNSET,
    thread_type: DiscussionCoursesLearnerRetrieveThreadType | Unset = UNSET,
    order_by: DiscussionCoursesLearnerRetrieveOrderBy | Unset = UNSET,
    status: DiscussionCoursesLearnerRetrieveStatus | Unset = UNSET,
) -> Response[DiscussionPaginatedThreadList]:
    """List a learner's active threads in a course

    Returns, one page at a time in the forum's envelope, the threads of the course named in the path
    that the user named by `username` is active in (with each author's profile images); an unknown
    username answers 404. Learners enrolled in the course, its staff, instructors and discussion
    moderators, and global staff may call it (403 for others).

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 403. The course's discussion administrators, moderators and community
    TAs pass too.

    Args:
        course_id (str):
        username (str):
        page (int | Unset):
        page_size (int | Unset):
        count_flagged (bool | Unset):
        thread_type (DiscussionCoursesLearnerRetrieveThreadType | Unset):
        order_by (DiscussionCoursesLearnerRetrieveOrderBy | Unset):
        status (DiscussionCoursesLearnerRetrieveStatus | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[DiscussionPaginatedThreadList]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        username=username,
        page=page,
        page_size=page_size,
        count_flagged=count_flagged,
        thread_type=thread_type,
        order_by=order_by,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    username: str,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    count_flagged: bool | Unset = UNSET,
    thread_type: DiscussionCoursesLearnerRetrieveThreadType | Unset = UNSET,
    order_by: DiscussionCoursesLearnerRetrieveOrderBy | Unset = UNSET,
    status: DiscussionCoursesLearnerRetrieveStatus | Unset = UNSET,
) -> DiscussionPaginatedThreadList:
    """List a learner's active threads in a course

    Returns, one page at a time in the forum's envelope, the threads of the course named in the path
    that the user named by `username` is active in (with each author's profile images); an unknown
    username answers 404. Learners enrolled in the course, its staff, instructors and discussion
    moderators, and global staff may call it (403 for others).

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 403. The course's discussion administrators, moderators and community
    TAs pass too.

    Args:
        course_id (str):
        username (str):
        page (int | Unset):
        page_size (int | Unset):
        count_flagged (bool | Unset):
        thread_type (DiscussionCoursesLearnerRetrieveThreadType | Unset):
        order_by (DiscussionCoursesLearnerRetrieveOrderBy | Unset):
        status (DiscussionCoursesLearnerRetrieveStatus | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        DiscussionPaginatedThreadList
    """

    return sync_detailed(
        course_id=course_id,
        client=client,
        username=username,
        page=page,
        page_size=page_size,
        count_flagged=count_flagged,
        thread_type=thread_type,
        order_by=order_by,
        status=status,
    ).parsed


async def asyncio_detailed(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    username: str,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    count_flagged: bool | Unset = UNSET,
    thread_type: DiscussionCoursesLearnerRetrieveThreadType | Unset = UNSET,
    order_by: DiscussionCoursesLearnerRetrieveOrderBy | Unset = UNSET,
    status: DiscussionCoursesLearnerRetrieveStatus | Unset = UNSET,
) -> Response[DiscussionPaginatedThreadList]:
    """List a learner's active threads in a course

    Returns, one page at a time in the forum's envelope, the threads of the course named in the path
    that the user named by `username` is active in (with each author's profile images); an unknown
    username answers 404. Learners enrolled in the course, its staff, instructors and discussion
    moderators, and global staff may call it (403 for others).

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 403. The course's discussion administrators, moderators and community
    TAs pass too.

    Args:
        course_id (str):
        username (str):
        page (int | Unset):
        page_size (int | Unset):
        count_flagged (bool | Unset):
        thread_type (DiscussionCoursesLearnerRetrieveThreadType | Unset):
        order_by (DiscussionCoursesLearnerRetrieveOrderBy | Unset):
        status (DiscussionCoursesLearnerRetrieveStatus | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[DiscussionPaginatedThreadList]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        username=username,
        page=page,
        page_size=page_size,
        count_flagged=count_flagged,
        thread_type=thread_type,
        order_by=order_by,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    username: str,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    count_flagged: bool | Unset = UNSET,
    thread_type: DiscussionCoursesLearnerRetrieveThreadType | Unset = UNSET,
    order_by: DiscussionCoursesLearnerRetrieveOrderBy | Unset = UNSET,
    status: DiscussionCoursesLearnerRetrieveStatus | Unset = UNSET,
) -> DiscussionPaginatedThreadList:
    """List a learner's active threads in a course

    Returns, one page at a time in the forum's envelope, the threads of the course named in the path
    that the user named by `username` is active in (with each author's profile images); an unknown
    username answers 404. Learners enrolled in the course, its staff, instructors and discussion
    moderators, and global staff may call it (403 for others).

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 403. The course's discussion administrators, moderators and community
    TAs pass too.

    Args:
        course_id (str):
        username (str):
        page (int | Unset):
        page_size (int | Unset):
        count_flagged (bool | Unset):
        thread_type (DiscussionCoursesLearnerRetrieveThreadType | Unset):
        order_by (DiscussionCoursesLearnerRetrieveOrderBy | Unset):
        status (DiscussionCoursesLearnerRetrieveStatus | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        DiscussionPaginatedThreadList
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            client=client,
            username=username,
            page=page,
            page_size=page_size,
            count_flagged=count_flagged,
            thread_type=thread_type,
            order_by=order_by,
            status=status,
        )
    ).parsed
