"""The enterprise_catalogs operations: one module per operation, and `EnterpriseCatalogsOperations` /
`AsyncEnterpriseCatalogsOperations`, which bind them to a client (`edx.<api>.enterprise_catalogs`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast
    from uuid import UUID

    from ...client import AuthenticatedClient, Client
    from ...models.course import Course
    from ...models.course_run import CourseRun
    from ...models.error_response import ErrorResponse
    from ...models.paginated_content_item_list import PaginatedContentItemList
    from ...models.paginated_enterprise_catalog_list import (
        PaginatedEnterpriseCatalogList,
    )
    from ...models.program import Program
    from ...types import UNSET, Unset


def _enterprise_catalogs_list(
    self: EnterpriseCatalogsOperations,
    *,
    enterprise_customer: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedEnterpriseCatalogList:
    """List the enterprise catalogs: `GET /enterprise/v2/enterprise-catalogs`.

    See `enterprise_catalogs_list.sync` for the parameters and the errors it raises.
    """
    from . import enterprise_catalogs_list

    return enterprise_catalogs_list.sync(
        enterprise_customer=enterprise_customer,
        page=page,
        page_size=page_size,
        client=self._client,
    )


def _enterprise_catalogs_retrieve(
    self: EnterpriseCatalogsOperations,
    catalog_id: str,
    *,
    content_keys: list[str] | Unset = UNSET,
    traverse_pagination: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = 10,
) -> PaginatedContentItemList:
    """List the content items of an enterprise catalog: `GET /enterprise/v2/enterprise-catalogs/{catalog_id}`.

    See `enterprise_catalogs_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import enterprise_catalogs_retrieve

    return enterprise_catalogs_retrieve.sync(
        catalog_id=catalog_id,
        content_keys=content_keys,
        traverse_pagination=traverse_pagination,
        page=page,
        page_size=page_size,
        client=self._client,
    )


def _enterprise_catalogs_course_runs_retrieve(
    self: EnterpriseCatalogsOperations,
    catalog_id: str,
    course_run_id: str,
) -> CourseRun:
    """Retrieve a course run of an enterprise catalog: `GET /enterprise/v2/enterprise-catalogs/{catalog_id}/course-runs/{course_run_id}`.

    See `enterprise_catalogs_course_runs_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import enterprise_catalogs_course_runs_retrieve

    return enterprise_catalogs_course_runs_retrieve.sync(
        catalog_id=catalog_id,
        course_run_id=course_run_id,
        client=self._client,
    )


def _enterprise_catalogs_courses_retrieve(
    self: EnterpriseCatalogsOperations,
    catalog_id: str,
    course_key: str,
) -> Course:
    """Retrieve a course of an enterprise catalog: `GET /enterprise/v2/enterprise-catalogs/{catalog_id}/courses/{course_key}`.

    See `enterprise_catalogs_courses_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import enterprise_catalogs_courses_retrieve

    return enterprise_catalogs_courses_retrieve.sync(
        catalog_id=catalog_id,
        course_key=course_key,
        client=self._client,
    )


def _enterprise_catalogs_programs_retrieve(
    self: EnterpriseCatalogsOperations,
    catalog_id: str,
    program_uuid: UUID,
) -> Program:
    """Retrieve a program of an enterprise catalog: `GET /enterprise/v2/enterprise-catalogs/{catalog_id}/programs/{program_uuid}`.

    See `enterprise_catalogs_programs_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import enterprise_catalogs_programs_retrieve

    return enterprise_catalogs_programs_retrieve.sync(
        catalog_id=catalog_id,
        program_uuid=program_uuid,
        client=self._client,
    )


async def _async_enterprise_catalogs_list(
    self: AsyncEnterpriseCatalogsOperations,
    *,
    enterprise_customer: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedEnterpriseCatalogList:
    """List the enterprise catalogs: `GET /enterprise/v2/enterprise-catalogs`.

    See `enterprise_catalogs_list.asyncio` for the parameters and the errors it raises.
    """
    from . import enterprise_catalogs_list

    return await enterprise_catalogs_list.asyncio(
        enterprise_customer=enterprise_customer,
        page=page,
        page_size=page_size,
        client=self._client,
    )


async def _async_enterprise_catalogs_retrieve(
    self: AsyncEnterpriseCatalogsOperations,
    catalog_id: str,
    *,
    content_keys: list[str] | Unset = UNSET,
    traverse_pagination: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = 10,
) -> PaginatedContentItemList:
    """List the content items of an enterprise catalog: `GET /enterprise/v2/enterprise-catalogs/{catalog_id}`.

    See `enterprise_catalogs_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import enterprise_catalogs_retrieve

    return await enterprise_catalogs_retrieve.asyncio(
        catalog_id=catalog_id,
        content_keys=content_keys,
        traverse_pagination=traverse_pagination,
        page=page,
        page_size=page_size,
        client=self._client,
    )


async def _async_enterprise_catalogs_course_runs_retrieve(
    self: AsyncEnterpriseCatalogsOperations,
    catalog_id: str,
    course_run_id: str,
) -> CourseRun:
    """Retrieve a course run of an enterprise catalog: `GET /enterprise/v2/enterprise-catalogs/{catalog_id}/course-runs/{course_run_id}`.

    See `enterprise_catalogs_course_runs_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import enterprise_catalogs_course_runs_retrieve

    return await enterprise_catalogs_course_runs_retrieve.asyncio(
        catalog_id=catalog_id,
        course_run_id=course_run_id,
        client=self._client,
    )


async def _async_enterprise_catalogs_courses_retrieve(
    self: AsyncEnterpriseCatalogsOperations,
    catalog_id: str,
    course_key: str,
) -> Course:
    """Retrieve a course of an enterprise catalog: `GET /enterprise/v2/enterprise-catalogs/{catalog_id}/courses/{course_key}`.

    See `enterprise_catalogs_courses_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import enterprise_catalogs_courses_retrieve

    return await enterprise_catalogs_courses_retrieve.asyncio(
        catalog_id=catalog_id,
        course_key=course_key,
        client=self._client,
    )


async def _async_enterprise_catalogs_programs_retrieve(
    self: AsyncEnterpriseCatalogsOperations,
    catalog_id: str,
    program_uuid: UUID,
) -> Program:
    """Retrieve a program of an enterprise catalog: `GET /enterprise/v2/enterprise-catalogs/{catalog_id}/programs/{program_uuid}`.

    See `enterprise_catalogs_programs_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import enterprise_catalogs_programs_retrieve

    return await enterprise_catalogs_programs_retrieve.asyncio(
        catalog_id=catalog_id,
        program_uuid=program_uuid,
        client=self._client,
    )


class EnterpriseCatalogsOperations:
    """The enterprise_catalogs operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    list = _enterprise_catalogs_list
    retrieve = _enterprise_catalogs_retrieve
    course_runs_retrieve = _enterprise_catalogs_course_runs_retrieve
    courses_retrieve = _enterprise_catalogs_courses_retrieve
    programs_retrieve = _enterprise_catalogs_programs_retrieve


class AsyncEnterpriseCatalogsOperations:
    """The enterprise_catalogs operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    list = _async_enterprise_catalogs_list
    retrieve = _async_enterprise_catalogs_retrieve
    course_runs_retrieve = _async_enterprise_catalogs_course_runs_retrieve
    courses_retrieve = _async_enterprise_catalogs_courses_retrieve
    programs_retrieve = _async_enterprise_catalogs_programs_retrieve
