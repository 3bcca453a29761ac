"""The catalogs operations: one module per operation, and `CatalogsOperations` /
`AsyncCatalogsOperations`, which bind them to a client (`edx.<api>.catalogs`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...client import AuthenticatedClient, Client
    from ...models.catalog import Catalog
    from ...models.error_response import ErrorResponse
    from ...models.paginated_catalog_course_list import PaginatedCatalogCourseList
    from ...models.paginated_catalog_list import PaginatedCatalogList
    from ...types import UNSET, Unset


def _catalogs_list(
    self: CatalogsOperations,
    *,
    username: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedCatalogList:
    """List the course catalogs: `GET /catalog/v1/catalogs/`.

    See `catalogs_list.sync` for the parameters and the errors it raises.
    """
    from . import catalogs_list

    return catalogs_list.sync(
        username=username,
        limit=limit,
        offset=offset,
        page=page,
        page_size=page_size,
        client=self._client,
    )


def _catalogs_retrieve(
    self: CatalogsOperations,
    id: int,
) -> Catalog:
    """Retrieve a course catalog: `GET /catalog/v1/catalogs/{id}/`.

    See `catalogs_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import catalogs_retrieve

    return catalogs_retrieve.sync(
        id=id,
        client=self._client,
    )


def _catalogs_courses_list(
    self: CatalogsOperations,
    id: int,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PaginatedCatalogCourseList:
    """List the active courses in a catalog: `GET /catalog/v1/catalogs/{id}/courses/`.

    See `catalogs_courses_list.sync` for the parameters and the errors it raises.
    """
    from . import catalogs_courses_list

    return catalogs_courses_list.sync(
        id=id,
        page=page,
        page_size=page_size,
        limit=limit,
        offset=offset,
        client=self._client,
    )


async def _async_catalogs_list(
    self: AsyncCatalogsOperations,
    *,
    username: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedCatalogList:
    """List the course catalogs: `GET /catalog/v1/catalogs/`.

    See `catalogs_list.asyncio` for the parameters and the errors it raises.
    """
    from . import catalogs_list

    return await catalogs_list.asyncio(
        username=username,
        limit=limit,
        offset=offset,
        page=page,
        page_size=page_size,
        client=self._client,
    )


async def _async_catalogs_retrieve(
    self: AsyncCatalogsOperations,
    id: int,
) -> Catalog:
    """Retrieve a course catalog: `GET /catalog/v1/catalogs/{id}/`.

    See `catalogs_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import catalogs_retrieve

    return await catalogs_retrieve.asyncio(
        id=id,
        client=self._client,
    )


async def _async_catalogs_courses_list(
    self: AsyncCatalogsOperations,
    id: int,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PaginatedCatalogCourseList:
    """List the active courses in a catalog: `GET /catalog/v1/catalogs/{id}/courses/`.

    See `catalogs_courses_list.asyncio` for the parameters and the errors it raises.
    """
    from . import catalogs_courses_list

    return await catalogs_courses_list.asyncio(
        id=id,
        page=page,
        page_size=page_size,
        limit=limit,
        offset=offset,
        client=self._client,
    )


class CatalogsOperations:
    """The catalogs operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    list = _catalogs_list
    retrieve = _catalogs_retrieve
    courses_list = _catalogs_courses_list


class AsyncCatalogsOperations:
    """The catalogs operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    list = _async_catalogs_list
    retrieve = _async_catalogs_retrieve
    courses_list = _async_catalogs_courses_list
