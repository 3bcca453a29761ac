"""The instructor_task operations: one module per operation, and `InstructorTaskOperations` /
`AsyncInstructorTaskOperations`, which bind them to a client (`edx.<api>.instructor_task`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.instructor_task_bulk_email_schedule import (
        InstructorTaskBulkEmailSchedule,
    )
    from ...models.instructor_task_bulk_email_schedule_update_request import (
        InstructorTaskBulkEmailScheduleUpdateRequest,
    )
    from ...models.paginated_instructor_task_bulk_email_schedule_list import (
        PaginatedInstructorTaskBulkEmailScheduleList,
    )
    from ...types import UNSET, Unset


def _instructor_task_bulk_email_schedules_list(
    self: InstructorTaskOperations,
    course_id: str,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedInstructorTaskBulkEmailScheduleList:
    """List a course's scheduled bulk emails: `GET /instructor_task/v1/schedules/{course_id}/bulk_email/`.

    See `instructor_task_bulk_email_schedules_list.sync` for the parameters and the errors it raises.
    """
    from . import instructor_task_bulk_email_schedules_list

    return instructor_task_bulk_email_schedules_list.sync(
        course_id=course_id,
        page=page,
        page_size=page_size,
        client=self._client,
    )


def _instructor_task_bulk_email_schedules_update(
    self: InstructorTaskOperations,
    course_id: str,
    schedule_id: str,
    *,
    body: InstructorTaskBulkEmailSchedule,
) -> InstructorTaskBulkEmailSchedule:
    """Replace a scheduled bulk email's schedule: `PUT /instructor_task/v1/schedules/{course_id}/bulk_email/{schedule_id}`.

    See `instructor_task_bulk_email_schedules_update.sync` for the parameters and the errors it raises.
    """
    from . import instructor_task_bulk_email_schedules_update

    return instructor_task_bulk_email_schedules_update.sync(
        course_id=course_id,
        schedule_id=schedule_id,
        body=body,
        client=self._client,
    )


def _instructor_task_bulk_email_schedules_delete(
    self: InstructorTaskOperations,
    course_id: str,
    schedule_id: str,
) -> Any:
    """Delete a scheduled bulk email's schedule: `DELETE /instructor_task/v1/schedules/{course_id}/bulk_email/{schedule_id}`.

    See `instructor_task_bulk_email_schedules_delete.sync` for the parameters and the errors it raises.
    """
    from . import instructor_task_bulk_email_schedules_delete

    return instructor_task_bulk_email_schedules_delete.sync(
        course_id=course_id,
        schedule_id=schedule_id,
        client=self._client,
    )


def _instructor_task_bulk_email_schedules_partial_update(
    self: InstructorTaskOperations,
    course_id: str,
    schedule_id: str,
    *,
    body: InstructorTaskBulkEmailScheduleUpdateRequest,
) -> InstructorTaskBulkEmailSchedule:
    """Change a scheduled bulk email's schedule: `PATCH /instructor_task/v1/schedules/{course_id}/bulk_email/{schedule_id}`.

    See `instructor_task_bulk_email_schedules_partial_update.sync` for the parameters and the errors it raises.
    """
    from . import instructor_task_bulk_email_schedules_partial_update

    return instructor_task_bulk_email_schedules_partial_update.sync(
        course_id=course_id,
        schedule_id=schedule_id,
        body=body,
        client=self._client,
    )


async def _async_instructor_task_bulk_email_schedules_list(
    self: AsyncInstructorTaskOperations,
    course_id: str,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedInstructorTaskBulkEmailScheduleList:
    """List a course's scheduled bulk emails: `GET /instructor_task/v1/schedules/{course_id}/bulk_email/`.

    See `instructor_task_bulk_email_schedules_list.asyncio` for the parameters and the errors it raises.
    """
    from . import instructor_task_bulk_email_schedules_list

    return await instructor_task_bulk_email_schedules_list.asyncio(
        course_id=course_id,
        page=page,
        page_size=page_size,
        client=self._client,
    )


async def _async_instructor_task_bulk_email_schedules_update(
    self: AsyncInstructorTaskOperations,
    course_id: str,
    schedule_id: str,
    *,
    body: InstructorTaskBulkEmailSchedule,
) -> InstructorTaskBulkEmailSchedule:
    """Replace a scheduled bulk email's schedule: `PUT /instructor_task/v1/schedules/{course_id}/bulk_email/{schedule_id}`.

    See `instructor_task_bulk_email_schedules_update.asyncio` for the parameters and the errors it raises.
    """
    from . import instructor_task_bulk_email_schedules_update

    return await instructor_task_bulk_email_schedules_update.asyncio(
        course_id=course_id,
        schedule_id=schedule_id,
        body=body,
        client=self._client,
    )


async def _async_instructor_task_bulk_email_schedules_delete(
    self: AsyncInstructorTaskOperations,
    course_id: str,
    schedule_id: str,
) -> Any:
    """Delete a scheduled bulk email's schedule: `DELETE /instructor_task/v1/schedules/{course_id}/bulk_email/{schedule_id}`.

    See `instructor_task_bulk_email_schedules_delete.asyncio` for the parameters and the errors it raises.
    """
    from . import instructor_task_bulk_email_schedules_delete

    return await instructor_task_bulk_email_schedules_delete.asyncio(
        course_id=course_id,
        schedule_id=schedule_id,
        client=self._client,
    )


async def _async_instructor_task_bulk_email_schedules_partial_update(
    self: AsyncInstructorTaskOperations,
    course_id: str,
    schedule_id: str,
    *,
    body: InstructorTaskBulkEmailScheduleUpdateRequest,
) -> InstructorTaskBulkEmailSchedule:
    """Change a scheduled bulk email's schedule: `PATCH /instructor_task/v1/schedules/{course_id}/bulk_email/{schedule_id}`.

    See `instructor_task_bulk_email_schedules_partial_update.asyncio` for the parameters and the errors it raises.
    """
    from . import instructor_task_bulk_email_schedules_partial_update

    return await instructor_task_bulk_email_schedules_partial_update.asyncio(
        course_id=course_id,
        schedule_id=schedule_id,
        body=body,
        client=self._client,
    )


class InstructorTaskOperations:
    """The instructor_task operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    bulk_email_schedules_list = _instructor_task_bulk_email_schedules_list
    bulk_email_schedules_update = _instructor_task_bulk_email_schedules_update
    bulk_email_schedules_delete = _instructor_task_bulk_email_schedules_delete
    bulk_email_schedules_partial_update = (
        _instructor_task_bulk_email_schedules_partial_update
    )


class AsyncInstructorTaskOperations:
    """The instructor_task operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    bulk_email_schedules_list = _async_instructor_task_bulk_email_schedules_list
    bulk_email_schedules_update = _async_instructor_task_bulk_email_schedules_update
    bulk_email_schedules_delete = _async_instructor_task_bulk_email_schedules_delete
    bulk_email_schedules_partial_update = (
        _async_instructor_task_bulk_email_schedules_partial_update
    )
