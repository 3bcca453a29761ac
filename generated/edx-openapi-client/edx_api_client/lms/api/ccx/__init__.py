"""The ccx operations: one module per operation, and `CcxOperations` /
`AsyncCcxOperations`, which bind them to a client (`edx.<api>.ccx`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...client import AuthenticatedClient, Client
    from ...models.ccx_course import CcxCourse
    from ...models.error_response import ErrorResponse
    from ...models.paginated_ccx_course_list import PaginatedCcxCourseList
    from ...types import UNSET, Unset


def _ccx_list(
    self: CcxOperations,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedCcxCourseList:
    """List the CCX courses of a master course: `GET /ccx/v0/ccx/`.

    See `ccx_list.sync` for the parameters and the errors it raises.
    """
    from . import ccx_list

    return ccx_list.sync(
        page=page,
        page_size=page_size,
        client=self._client,
    )


def _ccx_create(
    self: CcxOperations,
    *,
    body: CcxCourse,
) -> CcxCourse:
    """Create a CCX course: `POST /ccx/v0/ccx/`.

    See `ccx_create.sync` for the parameters and the errors it raises.
    """
    from . import ccx_create

    return ccx_create.sync(
        body=body,
        client=self._client,
    )


def _ccx_retrieve(
    self: CcxOperations,
    ccx_course_id: str,
) -> CcxCourse:
    """Get a CCX course: `GET /ccx/v0/ccx/{ccx_course_id}/`.

    See `ccx_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import ccx_retrieve

    return ccx_retrieve.sync(
        ccx_course_id=ccx_course_id,
        client=self._client,
    )


def _ccx_delete(
    self: CcxOperations,
    ccx_course_id: str,
) -> Any:
    """Delete a CCX course: `DELETE /ccx/v0/ccx/{ccx_course_id}/`.

    See `ccx_delete.sync` for the parameters and the errors it raises.
    """
    from . import ccx_delete

    return ccx_delete.sync(
        ccx_course_id=ccx_course_id,
        client=self._client,
    )


def _ccx_partial_update(
    self: CcxOperations,
    ccx_course_id: str,
    *,
    body: CcxCourse,
) -> Any:
    """Change a CCX course: `PATCH /ccx/v0/ccx/{ccx_course_id}/`.

    See `ccx_partial_update.sync` for the parameters and the errors it raises.
    """
    from . import ccx_partial_update

    return ccx_partial_update.sync(
        ccx_course_id=ccx_course_id,
        body=body,
        client=self._client,
    )


async def _async_ccx_list(
    self: AsyncCcxOperations,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedCcxCourseList:
    """List the CCX courses of a master course: `GET /ccx/v0/ccx/`.

    See `ccx_list.asyncio` for the parameters and the errors it raises.
    """
    from . import ccx_list

    return await ccx_list.asyncio(
        page=page,
        page_size=page_size,
        client=self._client,
    )


async def _async_ccx_create(
    self: AsyncCcxOperations,
    *,
    body: CcxCourse,
) -> CcxCourse:
    """Create a CCX course: `POST /ccx/v0/ccx/`.

    See `ccx_create.asyncio` for the parameters and the errors it raises.
    """
    from . import ccx_create

    return await ccx_create.asyncio(
        body=body,
        client=self._client,
    )


async def _async_ccx_retrieve(
    self: AsyncCcxOperations,
    ccx_course_id: str,
) -> CcxCourse:
    """Get a CCX course: `GET /ccx/v0/ccx/{ccx_course_id}/`.

    See `ccx_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import ccx_retrieve

    return await ccx_retrieve.asyncio(
        ccx_course_id=ccx_course_id,
        client=self._client,
    )


async def _async_ccx_delete(
    self: AsyncCcxOperations,
    ccx_course_id: str,
) -> Any:
    """Delete a CCX course: `DELETE /ccx/v0/ccx/{ccx_course_id}/`.

    See `ccx_delete.asyncio` for the parameters and the errors it raises.
    """
    from . import ccx_delete

    return await ccx_delete.asyncio(
        ccx_course_id=ccx_course_id,
        client=self._client,
    )


async def _async_ccx_partial_update(
    self: AsyncCcxOperations,
    ccx_course_id: str,
    *,
    body: CcxCourse,
) -> Any:
    """Change a CCX course: `PATCH /ccx/v0/ccx/{ccx_course_id}/`.

    See `ccx_partial_update.asyncio` for the parameters and the errors it raises.
    """
    from . import ccx_partial_update

    return await ccx_partial_update.asyncio(
        ccx_course_id=ccx_course_id,
        body=body,
        client=self._client,
    )


class CcxOperations:
    """The ccx operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    list = _ccx_list
    create = _ccx_create
    retrieve = _ccx_retrieve
    delete = _ccx_delete
    partial_update = _ccx_partial_update


class AsyncCcxOperations:
    """The ccx operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    list = _async_ccx_list
    create = _async_ccx_create
    retrieve = _async_ccx_retrieve
    delete = _async_ccx_delete
    partial_update = _async_ccx_partial_update
