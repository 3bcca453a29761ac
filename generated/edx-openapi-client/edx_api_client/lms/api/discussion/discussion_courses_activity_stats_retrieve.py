from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.discussion_courses_activity_stats_retrieve_order_by import (
    DiscussionCoursesActivityStatsRetrieveOrderBy,
)
from ...models.discussion_paginated_user_stats_list import (
    DiscussionPaginatedUserStatsList,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    course_key_string: str,
    *,
    order_by: DiscussionCoursesActivityStatsRetrieveOrderBy | Unset = UNSET,
    username: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by.value

    params["order_by"] = json_order_by

    params["username"] = username

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/discussion/v1/courses/{course_key_string}/activity_stats".format(
            course_key_string=quote(str(course_key_string), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DiscussionPaginatedUserStatsList:
    if response.status_code == 200:
        response_200 = DiscussionPaginatedUserStatsList.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DiscussionPaginatedUserStatsList]:
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
    course_key_string: str,
    *,
    client: AuthenticatedClient | Client,
    order_by: DiscussionCoursesActivityStatsRetrieveOrderBy | Unset = UNSET,
    username: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[DiscussionPaginatedUserStatsList]:
    """Get a course's discussion activity statistics

    Returns per-user counts of threads, responses, replies and flags in the course named in the path,
    one page at a time in the forum's envelope. The flag counts are null unless the caller has
    moderation privileges, and only such users may sort by flags (400 for others, whose default order is
    by activity). Learners enrolled in the course, its staff, instructors and discussion moderators, and
    global staff may call it (403 for others).

    Who may call: a learner enrolled in the course `course_key_string`, staff of the course
    `course_key_string`, or global staff. Anyone else gets 403. The course's discussion administrators,
    moderators and community TAs pass too.

    Args:
        course_key_string (str):
        order_by (DiscussionCoursesActivityStatsRetrieveOrderBy | Unset):
        username (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[DiscussionPaginatedUserStatsList]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_key_string=course_key_string,
        order_by=order_by,
        username=username,
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_key_string: str,
    *,
    client: AuthenticatedClient | Client,
    order_by: DiscussionCoursesActivityStatsRetrieveOrderBy | Unset = UNSET,
    username: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> DiscussionPaginatedUserStatsList:
    """Get a course's discussion activity statistics

    Returns per-user counts of threads, responses, replies and flags in the course named in the path,
    one page at a time in the forum's envelope. The flag counts are null unless the caller has
    moderation privileges, and only such users may sort by flags (400 for others, whose default order is
    by activity). Learners enrolled in the course, its staff, instructors and discussion moderators, and
    global staff may call it (403 for others).

    Who may call: a learner enrolled in the course `course_key_string`, staff of the course
    `course_key_string`, or global staff. Anyone else gets 403. The course's discussion administrators,
    moderators and community TAs pass too.

    Args:
        course_key_string (str):
        order_by (DiscussionCoursesActivityStatsRetrieveOrderBy | Unset):
        username (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        DiscussionPaginatedUserStatsList
    """

    return sync_detailed(
        course_key_string=course_key_string,
        client=client,
        order_by=order_by,
        username=username,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    course_key_string: str,
    *,
    client: AuthenticatedClient | Client,
    order_by: DiscussionCoursesActivityStatsRetrieveOrderBy | Unset = UNSET,
    username: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[DiscussionPaginatedUserStatsList]:
    """Get a course's discussion activity statistics

    Returns per-user counts of threads, responses, replies and flags in the course named in the path,
    one page at a time in the forum's envelope. The flag counts are null unless the caller has
    moderation privileges, and only such users may sort by flags (400 for others, whose default order is
    by activity). Learners enrolled in the course, its staff, instructors and discussion moderators, and
    global staff may call it (403 for others).

    Who may call: a learner enrolled in the course `course_key_string`, staff of the course
    `course_key_string`, or global staff. Anyone else gets 403. The course's discussion administrators,
    moderators and community TAs pass too.

    Args:
        course_key_string (str):
        order_by (DiscussionCoursesActivityStatsRetrieveOrderBy | Unset):
        username (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[DiscussionPaginatedUserStatsList]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_key_string=course_key_string,
        order_by=order_by,
        username=username,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_key_string: str,
    *,
    client: AuthenticatedClient | Client,
    order_by: DiscussionCoursesActivityStatsRetrieveOrderBy | Unset = UNSET,
    username: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> DiscussionPaginatedUserStatsList:
    """Get a course's discussion activity statistics

    Returns per-user counts of threads, responses, replies and flags in the course named in the path,
    one page at a time in the forum's envelope. The flag counts are null unless the caller has
    moderation privileges, and only such users may sort by flags (400 for others, whose default order is
    by activity). Learners enrolled in the course, its staff, instructors and discussion moderators, and
    global staff may call it (403 for others).

    Who may call: a learner enrolled in the course `course_key_string`, staff of the course
    `course_key_string`, or global staff. Anyone else gets 403. The course's discussion administrators,
    moderators and community TAs pass too.

    Args:
        course_key_string (str):
        order_by (DiscussionCoursesActivityStatsRetrieveOrderBy | Unset):
        username (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        DiscussionPaginatedUserStatsList
    """

    return (
        await asyncio_detailed(
            course_key_string=course_key_string,
            client=client,
            order_by=order_by,
            username=username,
            page=page,
            page_size=page_size,
        )
    ).parsed
