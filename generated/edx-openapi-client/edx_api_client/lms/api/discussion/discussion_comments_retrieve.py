from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.discussion_paginated_comment_list import DiscussionPaginatedCommentList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    comment_id: str,
    *,
    reverse_order: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    requested_fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["reverse_order"] = reverse_order

    params["page"] = page

    params["page_size"] = page_size

    params["requested_fields"] = requested_fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/discussion/v1/comments/{comment_id}/".format(
            comment_id=quote(str(comment_id), safe=""),
        ),
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
    comment_id: str,
    *,
    client: AuthenticatedClient | Client,
    reverse_order: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    requested_fields: str | Unset = UNSET,
) -> Response[DiscussionPaginatedCommentList]:
    """Get the comments of a response

    Returns the comments made on the response whose id is given in the path, a page of them in the
    forum's envelope. An unknown comment, a page past the last, or a caller not enrolled in the
    comment's course (nor its staff) answers 404.

    Who may call: any signed-in user. Anyone else gets 404. The caller must be enrolled in the course of
    the comment, or be its staff or global staff, and (without moderation rights) in the comment's
    cohort group when its topic is divided; anyone else gets 404. The path names the comment, not its
    course, so the list cannot say it.

    Args:
        comment_id (str):
        reverse_order (bool | Unset):
        page (int | Unset):
        page_size (int | Unset):
        requested_fields (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[DiscussionPaginatedCommentList]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        comment_id=comment_id,
        reverse_order=reverse_order,
        page=page,
        page_size=page_size,
        requested_fields=requested_fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    comment_id: str,
    *,
    client: AuthenticatedClient | Client,
    reverse_order: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    requested_fields: str | Unset = UNSET,
) -> DiscussionPaginatedCommentList:
    """Get the comments of a response

    Returns the comments made on the response whose id is given in the path, a page of them in the
    forum's envelope. An unknown comment, a page past the last, or a caller not enrolled in the
    comment's course (nor its staff) answers 404.

    Who may call: any signed-in user. Anyone else gets 404. The caller must be enrolled in the course of
    the comment, or be its staff or global staff, and (without moderation rights) in the comment's
    cohort group when its topic is divided; anyone else gets 404. The path names the comment, not its
    course, so the list cannot say it.

    Args:
        comment_id (str):
        reverse_order (bool | Unset):
        page (int | Unset):
        page_size (int | Unset):
        requested_fields (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        DiscussionPaginatedCommentList
    """

    return sync_detailed(
        comment_id=comment_id,
        client=client,
        reverse_order=reverse_order,
        page=page,
        page_size=page_size,
        requested_fields=requested_fields,
    ).parsed


async def asyncio_detailed(
    comment_id: str,
    *,
    client: AuthenticatedClient | Client,
    reverse_order: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    requested_fields: str | Unset = UNSET,
) -> Response[DiscussionPaginatedCommentList]:
    """Get the comments of a response

    Returns the comments made on the response whose id is given in the path, a page of them in the
    forum's envelope. An unknown comment, a page past the last, or a caller not enrolled in the
    comment's course (nor its staff) answers 404.

    Who may call: any signed-in user. Anyone else gets 404. The caller must be enrolled in the course of
    the comment, or be its staff or global staff, and (without moderation rights) in the comment's
    cohort group when its topic is divided; anyone else gets 404. The path names the comment, not its
    course, so the list cannot say it.

    Args:
        comment_id (str):
        reverse_order (bool | Unset):
        page (int | Unset):
        page_size (int | Unset):
        requested_fields (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[DiscussionPaginatedCommentList]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        comment_id=comment_id,
        reverse_order=reverse_order,
        page=page,
        page_size=page_size,
        requested_fields=requested_fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    comment_id: str,
    *,
    client: AuthenticatedClient | Client,
    reverse_order: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    requested_fields: str | Unset = UNSET,
) -> DiscussionPaginatedCommentList:
    """Get the comments of a response

    Returns the comments made on the response whose id is given in the path, a page of them in the
    forum's envelope. An unknown comment, a page past the last, or a caller not enrolled in the
    comment's course (nor its staff) answers 404.

    Who may call: any signed-in user. Anyone else gets 404. The caller must be enrolled in the course of
    the comment, or be its staff or global staff, and (without moderation rights) in the comment's
    cohort group when its topic is divided; anyone else gets 404. The path names the comment, not its
    course, so the list cannot say it.

    Args:
        comment_id (str):
        reverse_order (bool | Unset):
        page (int | Unset):
        page_size (int | Unset):
        requested_fields (str | Unset):

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
            comment_id=comment_id,
            client=client,
            reverse_order=reverse_order,
            page=page,
            page_size=page_size,
            requested_fields=requested_fields,
        )
    ).parsed
