"""The course_modes operations: one module per operation, and `CourseModesOperations` /
`AsyncCourseModesOperations`, which bind them to a client (`edx.<api>.course_modes`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...client import AuthenticatedClient, Client
    from ...models.course_mode import CourseMode
    from ...models.course_mode_patch import CourseModePatch
    from ...models.course_mode_record import CourseModeRecord
    from ...models.error_response import ErrorResponse


def _course_modes_list(
    self: CourseModesOperations,
    course_id: str,
) -> list[CourseModeRecord]:
    """List the modes of a course: `GET /course_modes/v1/courses/{course_id}/`.

    See `course_modes_list.sync` for the parameters and the errors it raises.
    """
    from . import course_modes_list

    return course_modes_list.sync(
        course_id=course_id,
        client=self._client,
    )


def _course_modes_create(
    self: CourseModesOperations,
    course_id: str,
    *,
    body: CourseMode,
) -> CourseModeRecord:
    """Add a mode to a course: `POST /course_modes/v1/courses/{course_id}/`.

    See `course_modes_create.sync` for the parameters and the errors it raises.
    """
    from . import course_modes_create

    return course_modes_create.sync(
        course_id=course_id,
        body=body,
        client=self._client,
    )


def _course_modes_retrieve(
    self: CourseModesOperations,
    course_id: str,
    mode_slug: str,
) -> CourseModeRecord:
    """Get one mode of a course: `GET /course_modes/v1/courses/{course_id}/{mode_slug}`.

    See `course_modes_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import course_modes_retrieve

    return course_modes_retrieve.sync(
        course_id=course_id,
        mode_slug=mode_slug,
        client=self._client,
    )


def _course_modes_delete(
    self: CourseModesOperations,
    course_id: str,
    mode_slug: str,
) -> Any:
    """Delete one mode of a course: `DELETE /course_modes/v1/courses/{course_id}/{mode_slug}`.

    See `course_modes_delete.sync` for the parameters and the errors it raises.
    """
    from . import course_modes_delete

    return course_modes_delete.sync(
        course_id=course_id,
        mode_slug=mode_slug,
        client=self._client,
    )


def _course_modes_partial_update(
    self: CourseModesOperations,
    course_id: str,
    mode_slug: str,
    *,
    body: CourseModePatch,
) -> Any:
    """Change one mode of a course: `PATCH /course_modes/v1/courses/{course_id}/{mode_slug}`.

    See `course_modes_partial_update.sync` for the parameters and the errors it raises.
    """
    from . import course_modes_partial_update

    return course_modes_partial_update.sync(
        course_id=course_id,
        mode_slug=mode_slug,
        body=body,
        client=self._client,
    )


async def _async_course_modes_list(
    self: AsyncCourseModesOperations,
    course_id: str,
) -> list[CourseModeRecord]:
    """List the modes of a course: `GET /course_modes/v1/courses/{course_id}/`.

    See `course_modes_list.asyncio` for the parameters and the errors it raises.
    """
    from . import course_modes_list

    return await course_modes_list.asyncio(
        course_id=course_id,
        client=self._client,
    )


async def _async_course_modes_create(
    self: AsyncCourseModesOperations,
    course_id: str,
    *,
    body: CourseMode,
) -> CourseModeRecord:
    """Add a mode to a course: `POST /course_modes/v1/courses/{course_id}/`.

    See `course_modes_create.asyncio` for the parameters and the errors it raises.
    """
    from . import course_modes_create

    return await course_modes_create.asyncio(
        course_id=course_id,
        body=body,
        client=self._client,
    )


async def _async_course_modes_retrieve(
    self: AsyncCourseModesOperations,
    course_id: str,
    mode_slug: str,
) -> CourseModeRecord:
    """Get one mode of a course: `GET /course_modes/v1/courses/{course_id}/{mode_slug}`.

    See `course_modes_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import course_modes_retrieve

    return await course_modes_retrieve.asyncio(
        course_id=course_id,
        mode_slug=mode_slug,
        client=self._client,
    )


async def _async_course_modes_delete(
    self: AsyncCourseModesOperations,
    course_id: str,
    mode_slug: str,
) -> Any:
    """Delete one mode of a course: `DELETE /course_modes/v1/courses/{course_id}/{mode_slug}`.

    See `course_modes_delete.asyncio` for the parameters and the errors it raises.
    """
    from . import course_modes_delete

    return await course_modes_delete.asyncio(
        course_id=course_id,
        mode_slug=mode_slug,
        client=self._client,
    )


async def _async_course_modes_partial_update(
    self: AsyncCourseModesOperations,
    course_id: str,
    mode_slug: str,
    *,
    body: CourseModePatch,
) -> Any:
    """Change one mode of a course: `PATCH /course_modes/v1/courses/{course_id}/{mode_slug}`.

    See `course_modes_partial_update.asyncio` for the parameters and the errors it raises.
    """
    from . import course_modes_partial_update

    return await course_modes_partial_update.asyncio(
        course_id=course_id,
        mode_slug=mode_slug,
        body=body,
        client=self._client,
    )


class CourseModesOperations:
    """The course_modes operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    list = _course_modes_list
    create = _course_modes_create
    retrieve = _course_modes_retrieve
    delete = _course_modes_delete
    partial_update = _course_modes_partial_update


class AsyncCourseModesOperations:
    """The course_modes operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    list = _async_course_modes_list
    create = _async_course_modes_create
    retrieve = _async_course_modes_retrieve
    delete = _async_course_modes_delete
    partial_update = _async_course_modes_partial_update
