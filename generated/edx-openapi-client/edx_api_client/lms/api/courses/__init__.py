"""The courses operations: one module per operation, and `CoursesOperations` /
`AsyncCoursesOperations`, which bind them to a client (`edx.<api>.courses`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.courses_blocks_v1_list_return_type import CoursesBlocksV1ListReturnType
from ...models.courses_blocks_v1_retrieve_return_type import (
    CoursesBlocksV1RetrieveReturnType,
)
from ...models.courses_blocks_v2_list_return_type import CoursesBlocksV2ListReturnType
from ...models.courses_blocks_v2_retrieve_return_type import (
    CoursesBlocksV2RetrieveReturnType,
)
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...client import AuthenticatedClient, Client
    from ...models.courses_block_metadata import CoursesBlockMetadata
    from ...models.courses_block_metadata_v1_retrieve_include_item import (
        CoursesBlockMetadataV1RetrieveIncludeItem,
    )
    from ...models.courses_block_metadata_v2_retrieve_include_item import (
        CoursesBlockMetadataV2RetrieveIncludeItem,
    )
    from ...models.courses_block_tree import CoursesBlockTree
    from ...models.courses_blocks_v1_list_return_type import (
        CoursesBlocksV1ListReturnType,
    )
    from ...models.courses_blocks_v1_retrieve_return_type import (
        CoursesBlocksV1RetrieveReturnType,
    )
    from ...models.courses_blocks_v2_list_return_type import (
        CoursesBlocksV2ListReturnType,
    )
    from ...models.courses_blocks_v2_retrieve_return_type import (
        CoursesBlocksV2RetrieveReturnType,
    )
    from ...models.courses_course_detail import CoursesCourseDetail
    from ...models.courses_course_id_page import CoursesCourseIdPage
    from ...models.courses_course_ids_list_role import CoursesCourseIdsListRole
    from ...models.courses_course_page import CoursesCoursePage
    from ...models.error_response import ErrorResponse
    from ...types import UNSET, Unset


def _courses_block_metadata_v1_retrieve(
    self: CoursesOperations,
    usage_key_string: str,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include: list[CoursesBlockMetadataV1RetrieveIncludeItem] | Unset = UNSET,
) -> CoursesBlockMetadata:
    """Get a block's metadata: `GET /courses/v1/block_metadata/{usage_key_string}`.

    See `courses_block_metadata_v1_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import courses_block_metadata_v1_retrieve

    return courses_block_metadata_v1_retrieve.sync(
        usage_key_string=usage_key_string,
        page=page,
        page_size=page_size,
        include=include,
        client=self._client,
    )


def _courses_blocks_v1_list(
    self: CoursesOperations,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    course_id: str,
    all_blocks: bool | Unset = UNSET,
    username: str | Unset = UNSET,
    student_view_data: list[str] | Unset = UNSET,
    block_counts: list[str] | Unset = UNSET,
    requested_fields: list[str] | Unset = UNSET,
    depth: str | Unset = "0",
    nav_depth: int | Unset = 3,
    return_type: CoursesBlocksV1ListReturnType
    | Unset = CoursesBlocksV1ListReturnType.DICT,
    block_types_filter: list[str] | Unset = UNSET,
) -> CoursesBlockTree:
    """Get the blocks of a course: `GET /courses/v1/blocks/`.

    See `courses_blocks_v1_list.sync` for the parameters and the errors it raises.
    """
    from . import courses_blocks_v1_list

    return courses_blocks_v1_list.sync(
        page=page,
        page_size=page_size,
        course_id=course_id,
        all_blocks=all_blocks,
        username=username,
        student_view_data=student_view_data,
        block_counts=block_counts,
        requested_fields=requested_fields,
        depth=depth,
        nav_depth=nav_depth,
        return_type=return_type,
        block_types_filter=block_types_filter,
        client=self._client,
    )


def _courses_blocks_v1_retrieve(
    self: CoursesOperations,
    usage_key_string: str,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    all_blocks: bool | Unset = UNSET,
    username: str | Unset = UNSET,
    student_view_data: list[str] | Unset = UNSET,
    block_counts: list[str] | Unset = UNSET,
    requested_fields: list[str] | Unset = UNSET,
    depth: str | Unset = "0",
    nav_depth: int | Unset = 3,
    return_type: CoursesBlocksV1RetrieveReturnType
    | Unset = CoursesBlocksV1RetrieveReturnType.DICT,
    block_types_filter: list[str] | Unset = UNSET,
) -> CoursesBlockTree:
    """Get a block tree: `GET /courses/v1/blocks/{usage_key_string}`.

    See `courses_blocks_v1_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import courses_blocks_v1_retrieve

    return courses_blocks_v1_retrieve.sync(
        usage_key_string=usage_key_string,
        page=page,
        page_size=page_size,
        all_blocks=all_blocks,
        username=username,
        student_view_data=student_view_data,
        block_counts=block_counts,
        requested_fields=requested_fields,
        depth=depth,
        nav_depth=nav_depth,
        return_type=return_type,
        block_types_filter=block_types_filter,
        client=self._client,
    )


def _courses_course_ids_list(
    self: CoursesOperations,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    username: str | Unset = UNSET,
    role: CoursesCourseIdsListRole,
) -> CoursesCourseIdPage:
    """List the IDs of the courses a user can access: `GET /courses/v1/course_ids/`.

    See `courses_course_ids_list.sync` for the parameters and the errors it raises.
    """
    from . import courses_course_ids_list

    return courses_course_ids_list.sync(
        page=page,
        page_size=page_size,
        username=username,
        role=role,
        client=self._client,
    )


def _courses_list(
    self: CoursesOperations,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search_term: str | Unset = UNSET,
    username: str | Unset = UNSET,
    org: str | Unset = UNSET,
    permissions: str | Unset = UNSET,
    active_only: bool | Unset = UNSET,
    course_keys: str | Unset = UNSET,
    mobile: bool | Unset = UNSET,
    mobile_search: bool | Unset = UNSET,
) -> CoursesCoursePage:
    """List the courses visible to a user: `GET /courses/v1/courses/`.

    See `courses_list.sync` for the parameters and the errors it raises.
    """
    from . import courses_list

    return courses_list.sync(
        page=page,
        page_size=page_size,
        search_term=search_term,
        username=username,
        org=org,
        permissions=permissions,
        active_only=active_only,
        course_keys=course_keys,
        mobile=mobile,
        mobile_search=mobile_search,
        client=self._client,
    )


def _courses_retrieve(
    self: CoursesOperations,
    course_key_string: str,
    *,
    username: str | Unset = UNSET,
) -> CoursesCourseDetail:
    """Get a course's details: `GET /courses/v1/courses/{course_key_string}`.

    See `courses_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import courses_retrieve

    return courses_retrieve.sync(
        course_key_string=course_key_string,
        username=username,
        client=self._client,
    )


def _courses_block_metadata_v2_retrieve(
    self: CoursesOperations,
    usage_key_string: str,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include: list[CoursesBlockMetadataV2RetrieveIncludeItem] | Unset = UNSET,
) -> CoursesBlockMetadata:
    """Get a block's metadata: `GET /courses/v2/block_metadata/{usage_key_string}`.

    See `courses_block_metadata_v2_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import courses_block_metadata_v2_retrieve

    return courses_block_metadata_v2_retrieve.sync(
        usage_key_string=usage_key_string,
        page=page,
        page_size=page_size,
        include=include,
        client=self._client,
    )


def _courses_blocks_v2_list(
    self: CoursesOperations,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    course_id: str,
    all_blocks: bool | Unset = UNSET,
    username: str | Unset = UNSET,
    student_view_data: list[str] | Unset = UNSET,
    block_counts: list[str] | Unset = UNSET,
    requested_fields: list[str] | Unset = UNSET,
    depth: str | Unset = "0",
    nav_depth: int | Unset = 3,
    return_type: CoursesBlocksV2ListReturnType
    | Unset = CoursesBlocksV2ListReturnType.DICT,
    block_types_filter: list[str] | Unset = UNSET,
) -> CoursesBlockTree:
    """Get the blocks of a course: `GET /courses/v2/blocks/`.

    See `courses_blocks_v2_list.sync` for the parameters and the errors it raises.
    """
    from . import courses_blocks_v2_list

    return courses_blocks_v2_list.sync(
        page=page,
        page_size=page_size,
        course_id=course_id,
        all_blocks=all_blocks,
        username=username,
        student_view_data=student_view_data,
        block_counts=block_counts,
        requested_fields=requested_fields,
        depth=depth,
        nav_depth=nav_depth,
        return_type=return_type,
        block_types_filter=block_types_filter,
        client=self._client,
    )


def _courses_blocks_v2_retrieve(
    self: CoursesOperations,
    usage_key_string: str,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    all_blocks: bool | Unset = UNSET,
    username: str | Unset = UNSET,
    student_view_data: list[str] | Unset = UNSET,
    block_counts: list[str] | Unset = UNSET,
    requested_fields: list[str] | Unset = UNSET,
    depth: str | Unset = "0",
    nav_depth: int | Unset = 3,
    return_type: CoursesBlocksV2RetrieveReturnType
    | Unset = CoursesBlocksV2RetrieveReturnType.DICT,
    block_types_filter: list[str] | Unset = UNSET,
) -> CoursesBlockTree:
    """Get a block tree: `GET /courses/v2/blocks/{usage_key_string}`.

    See `courses_blocks_v2_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import courses_blocks_v2_retrieve

    return courses_blocks_v2_retrieve.sync(
        usage_key_string=usage_key_string,
        page=page,
        page_size=page_size,
        all_blocks=all_blocks,
        username=username,
        student_view_data=student_view_data,
        block_counts=block_counts,
        requested_fields=requested_fields,
        depth=depth,
        nav_depth=nav_depth,
        return_type=return_type,
        block_types_filter=block_types_filter,
        client=self._client,
    )


async def _async_courses_block_metadata_v1_retrieve(
    self: AsyncCoursesOperations,
    usage_key_string: str,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include: list[CoursesBlockMetadataV1RetrieveIncludeItem] | Unset = UNSET,
) -> CoursesBlockMetadata:
    """Get a block's metadata: `GET /courses/v1/block_metadata/{usage_key_string}`.

    See `courses_block_metadata_v1_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import courses_block_metadata_v1_retrieve

    return await courses_block_metadata_v1_retrieve.asyncio(
        usage_key_string=usage_key_string,
        page=page,
        page_size=page_size,
        include=include,
        client=self._client,
    )


async def _async_courses_blocks_v1_list(
    self: AsyncCoursesOperations,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    course_id: str,
    all_blocks: bool | Unset = UNSET,
    username: str | Unset = UNSET,
    student_view_data: list[str] | Unset = UNSET,
    block_counts: list[str] | Unset = UNSET,
    requested_fields: list[str] | Unset = UNSET,
    depth: str | Unset = "0",
    nav_depth: int | Unset = 3,
    return_type: CoursesBlocksV1ListReturnType
    | Unset = CoursesBlocksV1ListReturnType.DICT,
    block_types_filter: list[str] | Unset = UNSET,
) -> CoursesBlockTree:
    """Get the blocks of a course: `GET /courses/v1/blocks/`.

    See `courses_blocks_v1_list.asyncio` for the parameters and the errors it raises.
    """
    from . import courses_blocks_v1_list

    return await courses_blocks_v1_list.asyncio(
        page=page,
        page_size=page_size,
        course_id=course_id,
        all_blocks=all_blocks,
        username=username,
        student_view_data=student_view_data,
        block_counts=block_counts,
        requested_fields=requested_fields,
        depth=depth,
        nav_depth=nav_depth,
        return_type=return_type,
        block_types_filter=block_types_filter,
        client=self._client,
    )


async def _async_courses_blocks_v1_retrieve(
    self: AsyncCoursesOperations,
    usage_key_string: str,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    all_blocks: bool | Unset = UNSET,
    username: str | Unset = UNSET,
    student_view_data: list[str] | Unset = UNSET,
    block_counts: list[str] | Unset = UNSET,
    requested_fields: list[str] | Unset = UNSET,
    depth: str | Unset = "0",
    nav_depth: int | Unset = 3,
    return_type: CoursesBlocksV1RetrieveReturnType
    | Unset = CoursesBlocksV1RetrieveReturnType.DICT,
    block_types_filter: list[str] | Unset = UNSET,
) -> CoursesBlockTree:
    """Get a block tree: `GET /courses/v1/blocks/{usage_key_string}`.

    See `courses_blocks_v1_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import courses_blocks_v1_retrieve

    return await courses_blocks_v1_retrieve.asyncio(
        usage_key_string=usage_key_string,
        page=page,
        page_size=page_size,
        all_blocks=all_blocks,
        username=username,
        student_view_data=student_view_data,
        block_counts=block_counts,
        requested_fields=requested_fields,
        depth=depth,
        nav_depth=nav_depth,
        return_type=return_type,
        block_types_filter=block_types_filter,
        client=self._client,
    )


async def _async_courses_course_ids_list(
    self: AsyncCoursesOperations,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    username: str | Unset = UNSET,
    role: CoursesCourseIdsListRole,
) -> CoursesCourseIdPage:
    """List the IDs of the courses a user can access: `GET /courses/v1/course_ids/`.

    See `courses_course_ids_list.asyncio` for the parameters and the errors it raises.
    """
    from . import courses_course_ids_list

    return await courses_course_ids_list.asyncio(
        page=page,
        page_size=page_size,
        username=username,
        role=role,
        client=self._client,
    )


async def _async_courses_list(
    self: AsyncCoursesOperations,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search_term: str | Unset = UNSET,
    username: str | Unset = UNSET,
    org: str | Unset = UNSET,
    permissions: str | Unset = UNSET,
    active_only: bool | Unset = UNSET,
    course_keys: str | Unset = UNSET,
    mobile: bool | Unset = UNSET,
    mobile_search: bool | Unset = UNSET,
) -> CoursesCoursePage:
    """List the courses visible to a user: `GET /courses/v1/courses/`.

    See `courses_list.asyncio` for the parameters and the errors it raises.
    """
    from . import courses_list

    return await courses_list.asyncio(
        page=page,
        page_size=page_size,
        search_term=search_term,
        username=username,
        org=org,
        permissions=permissions,
        active_only=active_only,
        course_keys=course_keys,
        mobile=mobile,
        mobile_search=mobile_search,
        client=self._client,
    )


async def _async_courses_retrieve(
    self: AsyncCoursesOperations,
    course_key_string: str,
    *,
    username: str | Unset = UNSET,
) -> CoursesCourseDetail:
    """Get a course's details: `GET /courses/v1/courses/{course_key_string}`.

    See `courses_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import courses_retrieve

    return await courses_retrieve.asyncio(
        course_key_string=course_key_string,
        username=username,
        client=self._client,
    )


async def _async_courses_block_metadata_v2_retrieve(
    self: AsyncCoursesOperations,
    usage_key_string: str,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include: list[CoursesBlockMetadataV2RetrieveIncludeItem] | Unset = UNSET,
) -> CoursesBlockMetadata:
    """Get a block's metadata: `GET /courses/v2/block_metadata/{usage_key_string}`.

    See `courses_block_metadata_v2_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import courses_block_metadata_v2_retrieve

    return await courses_block_metadata_v2_retrieve.asyncio(
        usage_key_string=usage_key_string,
        page=page,
        page_size=page_size,
        include=include,
        client=self._client,
    )


async def _async_courses_blocks_v2_list(
    self: AsyncCoursesOperations,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    course_id: str,
    all_blocks: bool | Unset = UNSET,
    username: str | Unset = UNSET,
    student_view_data: list[str] | Unset = UNSET,
    block_counts: list[str] | Unset = UNSET,
    requested_fields: list[str] | Unset = UNSET,
    depth: str | Unset = "0",
    nav_depth: int | Unset = 3,
    return_type: CoursesBlocksV2ListReturnType
    | Unset = CoursesBlocksV2ListReturnType.DICT,
    block_types_filter: list[str] | Unset = UNSET,
) -> CoursesBlockTree:
    """Get the blocks of a course: `GET /courses/v2/blocks/`.

    See `courses_blocks_v2_list.asyncio` for the parameters and the errors it raises.
    """
    from . import courses_blocks_v2_list

    return await courses_blocks_v2_list.asyncio(
        page=page,
        page_size=page_size,
        course_id=course_id,
        all_blocks=all_blocks,
        username=username,
        student_view_data=student_view_data,
        block_counts=block_counts,
        requested_fields=requested_fields,
        depth=depth,
        nav_depth=nav_depth,
        return_type=return_type,
        block_types_filter=block_types_filter,
        client=self._client,
    )


async def _async_courses_blocks_v2_retrieve(
    self: AsyncCoursesOperations,
    usage_key_string: str,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    all_blocks: bool | Unset = UNSET,
    username: str | Unset = UNSET,
    student_view_data: list[str] | Unset = UNSET,
    block_counts: list[str] | Unset = UNSET,
    requested_fields: list[str] | Unset = UNSET,
    depth: str | Unset = "0",
    nav_depth: int | Unset = 3,
    return_type: CoursesBlocksV2RetrieveReturnType
    | Unset = CoursesBlocksV2RetrieveReturnType.DICT,
    block_types_filter: list[str] | Unset = UNSET,
) -> CoursesBlockTree:
    """Get a block tree: `GET /courses/v2/blocks/{usage_key_string}`.

    See `courses_blocks_v2_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import courses_blocks_v2_retrieve

    return await courses_blocks_v2_retrieve.asyncio(
        usage_key_string=usage_key_string,
        page=page,
        page_size=page_size,
        all_blocks=all_blocks,
        username=username,
        student_view_data=student_view_data,
        block_counts=block_counts,
        requested_fields=requested_fields,
        depth=depth,
        nav_depth=nav_depth,
        return_type=return_type,
        block_types_filter=block_types_filter,
        client=self._client,
    )


class CoursesOperations:
    """The courses operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    block_metadata_v1_retrieve = _courses_block_metadata_v1_retrieve
    blocks_v1_list = _courses_blocks_v1_list
    blocks_v1_retrieve = _courses_blocks_v1_retrieve
    course_ids_list = _courses_course_ids_list
    list = _courses_list
    retrieve = _courses_retrieve
    block_metadata_v2_retrieve = _courses_block_metadata_v2_retrieve
    blocks_v2_list = _courses_blocks_v2_list
    blocks_v2_retrieve = _courses_blocks_v2_retrieve


class AsyncCoursesOperations:
    """The courses operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    block_metadata_v1_retrieve = _async_courses_block_metadata_v1_retrieve
    blocks_v1_list = _async_courses_blocks_v1_list
    blocks_v1_retrieve = _async_courses_blocks_v1_retrieve
    course_ids_list = _async_courses_course_ids_list
    list = _async_courses_list
    retrieve = _async_courses_retrieve
    block_metadata_v2_retrieve = _async_courses_block_metadata_v2_retrieve
    blocks_v2_list = _async_courses_blocks_v2_list
    blocks_v2_retrieve = _async_courses_blocks_v2_retrieve
