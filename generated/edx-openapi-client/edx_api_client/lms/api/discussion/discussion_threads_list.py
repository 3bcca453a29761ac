from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.discussion_paginated_thread_list import DiscussionPaginatedThreadList
from ...models.discussion_threads_list_order_by import DiscussionThreadsListOrderBy
from ...models.discussion_threads_list_order_direction import (
    DiscussionThreadsListOrderDirection,
)
from ...models.discussion_threads_list_thread_type import (
    DiscussionThreadsListThreadType,
)
from ...models.discussion_threads_list_view import DiscussionThreadsListView
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    course_id: str,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    topic_id: list[str] | Unset = UNSET,
    text_search: str | Unset = UNSET,
    following: bool | Unset = UNSET,
    author: str | Unset = UNSET,
    thread_type: DiscussionThreadsListThreadType | Unset = UNSET,
    flagged: bool | Unset = UNSET,
    count_flagged: bool | Unset = UNSET,
    view: DiscussionThreadsListView | Unset = UNSET,
    order_by: DiscussionThreadsListOrderBy | Unset = UNSET,
    order_direction: DiscussionThreadsListOrderDirection | Unset = UNSET,
    group_id: int | Unset = UNSET,
    requested_fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["course_id"] = course_id

    params["page"] = page

    params["page_size"] = page_size

    json_topic_id: list[str] | Unset = UNSET
    if not isinstance(topic_id, Unset):
        json_topic_id = topic_id

    params["topic_id"] = json_topic_id

    params["text_search"] = text_search

    params["following"] = following

    params["author"] = author

    json_thread_type: str | Unset = UNSET
    if not isinstance(thread_type, Unset):
        json_thread_type = thread_type.value

    params["thread_type"] = json_thread_type

    params["flagged"] = flagged

    params["count_flagged"] = count_flagged

    json_view: str | Unset = UNSET
    if not isinstance(view, Unset):
        json_view = view.value

    params["view"] = json_view

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by.value

    params["order_by"] = json_order_by

    json_order_direction: str | Unset = UNSET
    if not isinstance(order_direction, Unset):
        json_order_direction = order_direction.value

    params["order_direction"] = json_order_direction

    params["group_id"] = group_id

    params["requested_fields"] = requested_fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/discussion/v1/threads/",
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
    *,
    client: AuthenticatedClient | Client,
    course_id: str,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    topic_id: list[str] | Unset = UNSET,
    text_search: str | Unset = UNSET,
    following: bool | Unset = UNSET,
    author: str | Unset = UNSET,
    thread_type: DiscussionThreadsListThreadType | Unset = UNSET,
    flagged: bool | Unset = UNSET,
    count_flagged: bool | Unset = UNSET,
    view: DiscussionThreadsListView | Unset = UNSET,
    order_by: DiscussionThreadsListOrderBy | Unset = UNSET,
    order_direction: DiscussionThreadsListOrderDirection | Unset = UNSET,
    group_id: int | Unset = UNSET,
    requested_fields: str | Unset = UNSET,
) -> Response[DiscussionPaginatedThreadList]:
    """List threads

    Lists the threads of the course given by `course_id` (required) one page at a time in the forum's
    envelope, with the search text's correction. `topic_id`, `text_search` and `following` exclude one
    another, an unknown author gives an empty page, and a page past the last answers 404. Learners
    enrolled in the course, its staff and global staff may call it; anyone else gets 404, as for a
    course whose discussions are disabled.

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 404. The caller must be enrolled in the course, or be its staff or
    global staff; the course check answers anyone else 404, as it does when the course's discussions are
    disabled.

    Args:
        course_id (str):
        page (int | Unset):
        page_size (int | Unset):
        topic_id (list[str] | Unset):
        text_search (str | Unset):
        following (bool | Unset):
        author (str | Unset):
        thread_type (DiscussionThreadsListThreadType | Unset):
        flagged (bool | Unset):
        count_flagged (bool | Unset):
        view (DiscussionThreadsListView | Unset):
        order_by (DiscussionThreadsListOrderBy | Unset):
        order_direction (DiscussionThreadsListOrderDirection | Unset):
        group_id (int | Unset):
        requested_fields (str | Unset):

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
        page=page,
        page_size=page_size,
        topic_id=topic_id,
        text_search=text_search,
        following=following,
        author=author,
        thread_type=thread_type,
        flagged=flagged,
        count_flagged=count_flagged,
        view=view,
        order_by=order_by,
        order_direction=order_direction,
        group_id=group_id,
        requested_fields=requested_fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    course_id: str,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    topic_id: list[str] | Unset = UNSET,
    text_search: str | Unset = UNSET,
    following: bool | Unset = UNSET,
    author: str | Unset = UNSET,
    thread_type: DiscussionThreadsListThreadType | Unset = UNSET,
    flagged: bool | Unset = UNSET,
    count_flagged: bool | Unset = UNSET,
    view: DiscussionThreadsListView | Unset = UNSET,
    order_by: DiscussionThreadsListOrderBy | Unset = UNSET,
    order_direction: DiscussionThreadsListOrderDirection | Unset = UNSET,
    group_id: int | Unset = UNSET,
    requested_fields: str | Unset = UNSET,
) -> DiscussionPaginatedThreadList:
    """List threads

    Lists the threads of the course given by `course_id` (required) one page at a time in the forum's
    envelope, with the search text's correction. `topic_id`, `text_search` and `following` exclude one
    another, an unknown author gives an empty page, and a page past the last answers 404. Learners
    enrolled in the course, its staff and global staff may call it; anyone else gets 404, as for a
    course whose discussions are disabled.

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 404. The caller must be enrolled in the course, or be its staff or
    global staff; the course check answers anyone else 404, as it does when the course's discussions are
    disabled.

    Args:
        course_id (str):
        page (int | Unset):
        page_size (int | Unset):
        topic_id (list[str] | Unset):
        text_search (str | Unset):
        following (bool | Unset):
        author (str | Unset):
        thread_type (DiscussionThreadsListThreadType | Unset):
        flagged (bool | Unset):
        count_flagged (bool | Unset):
        view (DiscussionThreadsListView | Unset):
        order_by (DiscussionThreadsListOrderBy | Unset):
        order_direction (DiscussionThreadsListOrderDirection | Unset):
        group_id (int | Unset):
        requested_fields (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        DiscussionPaginatedThreadList
    """

    return sync_detailed(
        client=client,
        course_id=course_id,
        page=page,
        page_size=page_size,
        topic_id=topic_id,
        text_search=text_search,
        following=following,
        author=author,
        thread_type=thread_type,
        flagged=flagged,
        count_flagged=count_flagged,
        view=view,
        order_by=order_by,
        order_direction=order_direction,
        group_id=group_id,
        requested_fields=requested_fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    course_id: str,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    topic_id: list[str] | Unset = UNSET,
    text_search: str | Unset = UNSET,
    following: bool | Unset = UNSET,
    author: str | Unset = UNSET,
    thread_type: DiscussionThreadsListThreadType | Unset = UNSET,
    flagged: bool | Unset = UNSET,
    count_flagged: bool | Unset = UNSET,
    view: DiscussionThreadsListView | Unset = UNSET,
    order_by: DiscussionThreadsListOrderBy | Unset = UNSET,
    order_direction: DiscussionThreadsListOrderDirection | Unset = UNSET,
    group_id: int | Unset = UNSET,
    requested_fields: str | Unset = UNSET,
) -> Response[DiscussionPaginatedThreadList]:
    """List threads

    Lists the threads of the course given by `course_id` (required) one page at a time in the forum's
    envelope, with the search text's correction. `topic_id`, `text_search` and `following` exclude one
    another, an unknown author gives an empty page, and a page past the last answers 404. Learners
    enrolled in the course, its staff and global staff may call it; anyone else gets 404, as for a
    course whose discussions are disabled.

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 404. The caller must be enrolled in the course, or be its staff or
    global staff; the course check answers anyone else 404, as it does when the course's discussions are
    disabled.

    Args:
        course_id (str):
        page (int | Unset):
        page_size (int | Unset):
        topic_id (list[str] | Unset):
        text_search (str | Unset):
        following (bool | Unset):
        author (str | Unset):
        thread_type (DiscussionThreadsListThreadType | Unset):
        flagged (bool | Unset):
        count_flagged (bool | Unset):
        view (DiscussionThreadsListView | Unset):
        order_by (DiscussionThreadsListOrderBy | Unset):
        order_direction (DiscussionThreadsListOrderDirection | Unset):
        group_id (int | Unset):
        requested_fields (str | Unset):

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
        page=page,
        page_size=page_size,
        topic_id=topic_id,
        text_search=text_search,
        following=following,
        author=author,
        thread_type=thread_type,
        flagged=flagged,
        count_flagged=count_flagged,
        view=view,
        order_by=order_by,
        order_direction=order_direction,
        group_id=group_id,
        requested_fields=requested_fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    course_id: str,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    topic_id: list[str] | Unset = UNSET,
    text_search: str | Unset = UNSET,
    following: bool | Unset = UNSET,
    author: str | Unset = UNSET,
    thread_type: DiscussionThreadsListThreadType | Unset = UNSET,
    flagged: bool | Unset = UNSET,
    count_flagged: bool | Unset = UNSET,
    view: DiscussionThreadsListView | Unset = UNSET,
    order_by: DiscussionThreadsListOrderBy | Unset = UNSET,
    order_direction: DiscussionThreadsListOrderDirection | Unset = UNSET,
    group_id: int | Unset = UNSET,
    requested_fields: str | Unset = UNSET,
) -> DiscussionPaginatedThreadList:
    """List threads

    Lists the threads of the course given by `course_id` (required) one page at a time in the forum's
    envelope, with the search text's correction. `topic_id`, `text_search` and `following` exclude one
    another, an unknown author gives an empty page, and a page past the last answers 404. Learners
    enrolled in the course, its staff and global staff may call it; anyone else gets 404, as for a
    course whose discussions are disabled.

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 404. The caller must be enrolled in the course, or be its staff or
    global staff; the course check answers anyone else 404, as it does when the course's discussions are
    disabled.

    Args:
        course_id (str):
        page (int | Unset):
        page_size (int | Unset):
        topic_id (list[str] | Unset):
        text_search (str | Unset):
        following (bool | Unset):
        author (str | Unset):
        thread_type (DiscussionThreadsListThreadType | Unset):
        flagged (bool | Unset):
        count_flagged (bool | Unset):
        view (DiscussionThreadsListView | Unset):
        order_by (DiscussionThreadsListOrderBy | Unset):
        order_direction (DiscussionThreadsListOrderDirection | Unset):
        group_id (int | Unset):
        requested_fields (str | Unset):

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
            client=client,
            course_id=course_id,
            page=page,
            page_size=page_size,
            topic_id=topic_id,
            text_search=text_search,
            following=following,
            author=author,
            thread_type=thread_type,
            flagged=flagged,
            count_flagged=count_flagged,
            view=view,
            order_by=order_by,
            order_direction=order_direction,
            group_id=group_id,
            requested_fields=requested_fields,
        )
    ).parsed
