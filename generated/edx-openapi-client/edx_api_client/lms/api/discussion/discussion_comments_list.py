from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.discussion_paginated_comment_list import DiscussionPaginatedCommentList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    endorsed: bool | Unset = UNSET,
    flagged: bool | Unset = UNSET,
    merge_question_type_responses: bool | Unset = UNSET,
    reverse_order: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    requested_fields: str | Unset = UNSET,
    username: str | Unset = UNSET,
    course_id: str | Unset = UNSET,
    thread_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["endorsed"] = endorsed

    params["flagged"] = flagged

    params["merge_question_type_responses"] = merge_question_type_responses

    params["reverse_order"] = reverse_order

    params["page"] = page

    params["page_size"] = page_size

    params["requested_fields"] = requested_fields

    params["username"] = username

    params["course_id"] = course_id

    params["thread_id"] = thread_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/discussion/v1/comments/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DiscussionPaginatedCommentList:
    if response.status_code == 200:
        response_200 = DiscussionPaginatedCommentList.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DiscussionPaginatedCommentList]:
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
    endorsed: bool | Unset = UNSET,
    flagged: bool | Unset = UNSET,
    merge_question_type_responses: bool | Unset = UNSET,
    reverse_order: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    requested_fields: str | Unset = UNSET,
    username: str | Unset = UNSET,
    course_id: str | Unset = UNSET,
    thread_id: str | Unset = UNSET,
) -> Response[DiscussionPaginatedCommentList]:
    """List comments

    Lists comments in one of two modes. With a `username`, it returns that user's non- anonymous
    comments in the course given by `course_id` (which is then required), outside the context of any
    thread, so no endorsement information is included; `thread_id` is ignored. Without a `username`, it
    returns the comments of the thread given by `thread_id` (which is then required) with everything the
    forum uses; `course_id` is ignored, since the thread belongs to a course. The answer is a page of
    comments in the forum's envelope (paging data under `pagination`). A question thread's responses are
    listed by `endorsed`, which is then required (unless `merge_question_type_responses`), while a
    discussion thread refuses it. The caller must be enrolled in the course (or be its staff or global
    staff); otherwise, as for an unknown thread or user or a page past the last, the answer is 404.

    Who may call: any signed-in user. Anyone else gets 404. The caller must be enrolled in the course of
    the thread, or be its staff or global staff, and (without moderation rights) in the thread's cohort
    group when its topic is divided; anyone else gets 404. The path names the thread, not its course, so
    the list cannot say it. In the username mode the course is `course_id`, with the same rule.

    Args:
        endorsed (bool | Unset):
        flagged (bool | Unset):
        merge_question_type_responses (bool | Unset):
        reverse_order (bool | Unset):
        page (int | Unset):
        page_size (int | Unset):
        requested_fields (str | Unset):
        username (str | Unset):
        course_id (str | Unset):
        thread_id (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[DiscussionPaginatedCommentList]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        endorsed=endorsed,
        flagged=flagged,
        merge_question_type_responses=merge_question_type_responses,
        reverse_order=reverse_order,
        page=page,
        page_size=page_size,
        requested_fields=requested_fields,
        username=username,
        course_id=course_id,
        thread_id=thread_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    endorsed: bool | Unset = UNSET,
    flagged: bool | Unset = UNSET,
    merge_question_type_responses: bool | Unset = UNSET,
    reverse_order: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    requested_fields: str | Unset = UNSET,
    username: str | Unset = UNSET,
    course_id: str | Unset = UNSET,
    thread_id: str | Unset = UNSET,
) -> DiscussionPaginatedCommentList:
    """List comments

    Lists comments in one of two modes. With a `username`, it returns that user's non- anonymous
    comments in the course given by `course_id` (which is then required), outside the context of any
    thread, so no endorsement information is included; `thread_id` is ignored. Without a `username`, it
    returns the comments of the thread given by `thread_id` (which is then required) with everything the
    forum uses; `course_id` is ignored, since the thread belongs to a course. The answer is a page of
    comments in the forum's envelope (paging data under `pagination`). A question thread's responses are
    listed by `endorsed`, which is then required (unless `merge_question_type_responses`), while a
    discussion thread refuses it. The caller must be enrolled in the course (or be its staff or global
    staff); otherwise, as for an unknown thread or user or a page past the last, the answer is 404.

    Who may call: any signed-in user. Anyone else gets 404. The caller must be enrolled in the course of
    the thread, or be its staff or global staff, and (without moderation rights) in the thread's cohort
    group when its topic is divided; anyone else gets 404. The path names the thread, not its course, so
    the list cannot say it. In the username mode the course is `course_id`, with the same rule.

    Args:
        endorsed (bool | Unset):
        flagged (bool | Unset):
        merge_question_type_responses (bool | Unset):
        reverse_order (bool | Unset):
        page (int | Unset):
        page_size (int | Unset):
        requested_fields (str | Unset):
        username (str | Unset):
        course_id (str | Unset):
        thread_id (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        DiscussionPaginatedCommentList
    """

    return sync_detailed(
        client=client,
        endorsed=endorsed,
        flagged=flagged,
        merge_question_type_responses=merge_question_type_responses,
        reverse_order=reverse_order,
        page=page,
        page_size=page_size,
        requested_fields=requested_fields,
        username=username,
        course_id=course_id,
        thread_id=thread_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    endorsed: bool | Unset = UNSET,
    flagged: bool | Unset = UNSET,
    merge_question_type_responses: bool | Unset = UNSET,
    reverse_order: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    requested_fields: str | Unset = UNSET,
    username: str | Unset = UNSET,
    course_id: str | Unset = UNSET,
    thread_id: str | Unset = UNSET,
) -> Response[DiscussionPaginatedCommentList]:
    """List comments

    Lists comments in one of two modes. With a `username`, it returns that user's non- anonymous
    comments in the course given by `course_id` (which is then required), outside the context of any
    thread, so no endorsement information is included; `thread_id` is ignored. Without a `username`, it
    returns the comments of the thread given by `thread_id` (which is then required) with everything the
    forum uses; `course_id` is ignored, since the thread belongs to a course. The answer is a page of
    comments in the forum's envelope (paging data under `pagination`). A question thread's responses are
    listed by `endorsed`, which is then required (unless `merge_question_type_responses`), while a
    discussion thread refuses it. The caller must be enrolled in the course (or be its staff or global
    staff); otherwise, as for an unknown thread or user or a page past the last, the answer is 404.

    Who may call: any signed-in user. Anyone else gets 404. The caller must be enrolled in the course of
    the thread, or be its staff or global staff, and (without moderation rights) in the thread's cohort
    group when its topic is divided; anyone else gets 404. The path names the thread, not its course, so
    the list cannot say it. In the username mode the course is `course_id`, with the same rule.

    Args:
        endorsed (bool | Unset):
        flagged (bool | Unset):
        merge_question_type_responses (bool | Unset):
        reverse_order (bool | Unset):
        page (int | Unset):
        page_size (int | Unset):
        requested_fields (str | Unset):
        username (str | Unset):
        course_id (str | Unset):
        thread_id (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[DiscussionPaginatedCommentList]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        endorsed=endorsed,
        flagged=flagged,
        merge_question_type_responses=merge_question_type_responses,
        reverse_order=reverse_order,
        page=page,
        page_size=page_size,
        requested_fields=requested_fields,
        username=username,
        course_id=course_id,
        thread_id=thread_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    endorsed: bool | Unset = UNSET,
    flagged: bool | Unset = UNSET,
    merge_question_type_responses: bool | Unset = UNSET,
    reverse_order: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    requested_fields: str | Unset = UNSET,
    username: str | Unset = UNSET,
    course_id: str | Unset = UNSET,
    thread_id: str | Unset = UNSET,
) -> DiscussionPaginatedCommentList:
    """List comments

    Lists comments in one of two modes. With a `username`, it returns that user's non- anonymous
    comments in the course given by `course_id` (which is then required), outside the context of any
    thread, so no endorsement information is included; `thread_id` is ignored. Without a `username`, it
    returns the comments of the thread given by `thread_id` (which is then required) with everything the
    forum uses; `course_id` is ignored, since the thread belongs to a course. The answer is a page of
    comments in the forum's envelope (paging data under `pagination`). A question thread's responses are
    listed by `endorsed`, which is then required (unless `merge_question_type_responses`), while a
    discussion thread refuses it. The caller must be enrolled in the course (or be its staff or global
    staff); otherwise, as for an unknown thread or user or a page past the last, the answer is 404.

    Who may call: any signed-in user. Anyone else gets 404. The caller must be enrolled in the course of
    the thread, or be its staff or global staff, and (without moderation rights) in the thread's cohort
    group when its topic is divided; anyone else gets 404. The path names the thread, not its course, so
    the list cannot say it. In the username mode the course is `course_id`, with the same rule.

    Args:
        endorsed (bool | Unset):
        flagged (bool | Unset):
        merge_question_type_responses (bool | Unset):
        reverse_order (bool | Unset):
        page (int | Unset):
        page_size (int | Unset):
        requested_fields (str | Unset):
        username (str | Unset):
        course_id (str | Unset):
        thread_id (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        DiscussionPaginatedCommentList
    """

    return (
        await asyncio_detailed(
            client=client,
            endorsed=endorsed,
            flagged=flagged,
            merge_question_type_responses=merge_question_type_responses,
            reverse_order=reverse_order,
            page=page,
            page_size=page_size,
            requested_fields=requested_fields,
            username=username,
            course_id=course_id,
            thread_id=thread_id,
        )
    ).parsed
