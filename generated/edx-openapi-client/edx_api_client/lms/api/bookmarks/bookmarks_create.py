from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bookmark import Bookmark
from ...models.bookmark_create_request import BookmarkCreateRequest
from ...types import Response


def _get_kwargs(
    *,
    body: BookmarkCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/bookmarks/v1/bookmarks/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Bookmark:
    if response.status_code == 201:
        response_201 = Bookmark.from_dict(response.json())

        return response_201

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Bookmark]:
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
    body: BookmarkCreateRequest,
) -> Response[Bookmark]:
    """Bookmark a content block

    Bookmarks a content block for the caller. The body carries one field, `usage_id`, naming the block.
    Answers 201 with the bookmark and every bookmark field, the optional ones included; bookmarking a
    block already bookmarked answers the existing bookmark. Any signed-in user may call it, for
    themselves only. Answers 400 when the body is empty or malformed, when `usage_id` is missing, not a
    usage key or names no block, and when the caller has reached the course's bookmark limit.

    Who may call: any signed-in user. Anyone else gets 403. The bookmark is always created for the
    caller; the body names no user.

    Args:
        body (BookmarkCreateRequest): The content block to bookmark.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Bookmark]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: BookmarkCreateRequest,
) -> Bookmark:
    """Bookmark a content block

    Bookmarks a content block for the caller. The body carries one field, `usage_id`, naming the block.
    Answers 201 with the bookmark and every bookmark field, the optional ones included; bookmarking a
    block already bookmarked answers the existing bookmark. Any signed-in user may call it, for
    themselves only. Answers 400 when the body is empty or malformed, when `usage_id` is missing, not a
    usage key or names no block, and when the caller has reached the course's bookmark limit.

    Who may call: any signed-in user. Anyone else gets 403. The bookmark is always created for the
    caller; the body names no user.

    Args:
        body (BookmarkCreateRequest): The content block to bookmark.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Bookmark
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BookmarkCreateRequest,
) -> Response[Bookmark]:
    """Bookmark a content block

    Bookmarks a content block for the caller. The body carries one field, `usage_id`, naming the block.
    Answers 201 with the bookmark and every bookmark field, the optional ones included; bookmarking a
    block already bookmarked answers the existing bookmark. Any signed-in user may call it, for
    themselves only. Answers 400 when the body is empty or malformed, when `usage_id` is missing, not a
    usage key or names no block, and when the caller has reached the course's bookmark limit.

    Who may call: any signed-in user. Anyone else gets 403. The bookmark is always created for the
    caller; the body names no user.

    Args:
        body (BookmarkCreateRequest): The content block to bookmark.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Bookmark]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BookmarkCreateRequest,
) -> Bookmark:
    """Bookmark a content block

    Bookmarks a content block for the caller. The body carries one field, `usage_id`, naming the block.
    Answers 201 with the bookmark and every bookmark field, the optional ones included; bookmarking a
    block already bookmarked answers the existing bookmark. Any signed-in user may call it, for
    themselves only. Answers 400 when the body is empty or malformed, when `usage_id` is missing, not a
    usage key or names no block, and when the caller has reached the course's bookmark limit.

    Who may call: any signed-in user. Anyone else gets 403. The bookmark is always created for the
    caller; the body names no user.

    Args:
        body (BookmarkCreateRequest): The content block to bookmark.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Bookmark
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
