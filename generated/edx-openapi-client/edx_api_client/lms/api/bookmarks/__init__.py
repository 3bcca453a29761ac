"""The bookmarks operations: one module per operation, and `BookmarksOperations` /
`AsyncBookmarksOperations`, which bind them to a client (`edx.<api>.bookmarks`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...client import AuthenticatedClient, Client
    from ...models.bookmark import Bookmark
    from ...models.bookmark_create_request import BookmarkCreateRequest
    from ...models.error_response import ErrorResponse
    from ...models.paginated_bookmark_list import PaginatedBookmarkList
    from ...types import UNSET, Unset


def _bookmarks_list(
    self: BookmarksOperations,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    course_id: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> PaginatedBookmarkList:
    """List the user's bookmarks: `GET /bookmarks/v1/bookmarks/`.

    See `bookmarks_list.sync` for the parameters and the errors it raises.
    """
    from . import bookmarks_list

    return bookmarks_list.sync(
        page=page,
        page_size=page_size,
        course_id=course_id,
        fields=fields,
        client=self._client,
    )


def _bookmarks_create(
    self: BookmarksOperations,
    *,
    body: BookmarkCreateRequest,
) -> Bookmark:
    """Bookmark a content block: `POST /bookmarks/v1/bookmarks/`.

    See `bookmarks_create.sync` for the parameters and the errors it raises.
    """
    from . import bookmarks_create

    return bookmarks_create.sync(
        body=body,
        client=self._client,
    )


def _bookmarks_retrieve(
    self: BookmarksOperations,
    username: str,
    usage_id: str,
    *,
    fields: str | Unset = UNSET,
) -> Bookmark:
    """Get one bookmark: `GET /bookmarks/v1/bookmarks/{username},{usage_id}/`.

    See `bookmarks_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import bookmarks_retrieve

    return bookmarks_retrieve.sync(
        username=username,
        usage_id=usage_id,
        fields=fields,
        client=self._client,
    )


def _bookmarks_delete(
    self: BookmarksOperations,
    username: str,
    usage_id: str,
) -> Any:
    """Delete a bookmark: `DELETE /bookmarks/v1/bookmarks/{username},{usage_id}/`.

    See `bookmarks_delete.sync` for the parameters and the errors it raises.
    """
    from . import bookmarks_delete

    return bookmarks_delete.sync(
        username=username,
        usage_id=usage_id,
        client=self._client,
    )


async def _async_bookmarks_list(
    self: AsyncBookmarksOperations,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    course_id: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> PaginatedBookmarkList:
    """List the user's bookmarks: `GET /bookmarks/v1/bookmarks/`.

    See `bookmarks_list.asyncio` for the parameters and the errors it raises.
    """
    from . import bookmarks_list

    return await bookmarks_list.asyncio(
        page=page,
        page_size=page_size,
        course_id=course_id,
        fields=fields,
        client=self._client,
    )


async def _async_bookmarks_create(
    self: AsyncBookmarksOperations,
    *,
    body: BookmarkCreateRequest,
) -> Bookmark:
    """Bookmark a content block: `POST /bookmarks/v1/bookmarks/`.

    See `bookmarks_create.asyncio` for the parameters and the errors it raises.
    """
    from . import bookmarks_create

    return await bookmarks_create.asyncio(
        body=body,
        client=self._client,
    )


async def _async_bookmarks_retrieve(
    self: AsyncBookmarksOperations,
    username: str,
    usage_id: str,
    *,
    fields: str | Unset = UNSET,
) -> Bookmark:
    """Get one bookmark: `GET /bookmarks/v1/bookmarks/{username},{usage_id}/`.

    See `bookmarks_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import bookmarks_retrieve

    return await bookmarks_retrieve.asyncio(
        username=username,
        usage_id=usage_id,
        fields=fields,
        client=self._client,
    )


async def _async_bookmarks_delete(
    self: AsyncBookmarksOperations,
    username: str,
    usage_id: str,
) -> Any:
    """Delete a bookmark: `DELETE /bookmarks/v1/bookmarks/{username},{usage_id}/`.

    See `bookmarks_delete.asyncio` for the parameters and the errors it raises.
    """
    from . import bookmarks_delete

    return await bookmarks_delete.asyncio(
        username=username,
        usage_id=usage_id,
        client=self._client,
    )


class BookmarksOperations:
    """The bookmarks operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    list = _bookmarks_list
    create = _bookmarks_create
    retrieve = _bookmarks_retrieve
    delete = _bookmarks_delete


class AsyncBookmarksOperations:
    """The bookmarks operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    list = _async_bookmarks_list
    create = _async_bookmarks_create
    retrieve = _async_bookmarks_retrieve
    delete = _async_bookmarks_delete
