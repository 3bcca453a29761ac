"""The program_enrollments operations: one module per operation, and `ProgramEnrollmentsOperations` /
`AsyncProgramEnrollmentsOperations`, which bind them to a client (`edx.<api>.program_enrollments`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast
    from uuid import UUID

    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.paginated_program_enrollments_course_enrollment_list import (
        PaginatedProgramEnrollmentsCourseEnrollmentList,
    )
    from ...models.paginated_program_enrollments_course_grade_list import (
        PaginatedProgramEnrollmentsCourseGradeList,
    )
    from ...models.paginated_program_enrollments_enrollment_list import (
        PaginatedProgramEnrollmentsEnrollmentList,
    )
    from ...models.program_enrollments_course_enrollment_request import (
        ProgramEnrollmentsCourseEnrollmentRequest,
    )
    from ...models.program_enrollments_course_run_overview_page import (
        ProgramEnrollmentsCourseRunOverviewPage,
    )
    from ...models.program_enrollments_course_write_result import (
        ProgramEnrollmentsCourseWriteResult,
    )
    from ...models.program_enrollments_enrollment_create_request import (
        ProgramEnrollmentsEnrollmentCreateRequest,
    )
    from ...models.program_enrollments_enrollment_update_request import (
        ProgramEnrollmentsEnrollmentUpdateRequest,
    )
    from ...models.program_enrollments_integration_reset_request import (
        ProgramEnrollmentsIntegrationResetRequest,
    )
    from ...models.program_enrollments_integration_reset_response_200 import (
        ProgramEnrollmentsIntegrationResetResponse200,
    )
    from ...models.program_enrollments_overview import ProgramEnrollmentsOverview
    from ...models.program_enrollments_program_access import (
        ProgramEnrollmentsProgramAccess,
    )
    from ...models.program_enrollments_write_result import ProgramEnrollmentsWriteResult
    from ...types import UNSET, Unset


def _program_enrollments_integration_reset(
    self: ProgramEnrollmentsOperations,
    *,
    body: ProgramEnrollmentsIntegrationResetRequest,
) -> ProgramEnrollmentsIntegrationResetResponse200:
    """Reset an organization's enrollment and user data: `POST /program_enrollments/v1/integration-reset`.

    See `program_enrollments_integration_reset.sync` for the parameters and the errors it raises.
    """
    from . import program_enrollments_integration_reset

    return program_enrollments_integration_reset.sync(
        body=body,
        client=self._client,
    )


def _program_enrollments_programs_enrollments_list(
    self: ProgramEnrollmentsOperations,
    *,
    type_: str | Unset = "masters",
) -> list[ProgramEnrollmentsProgramAccess]:
    """List program enrollments (undocumented): `GET /program_enrollments/v1/programs/enrollments/`.

    See `program_enrollments_programs_enrollments_list.sync` for the parameters and the errors it raises.
    """
    from . import program_enrollments_programs_enrollments_list

    return program_enrollments_programs_enrollments_list.sync(
        type_=type_,
        client=self._client,
    )


def _program_enrollments_programs_readonly_access_retrieve(
    self: ProgramEnrollmentsOperations,
    *,
    type_: str | Unset = "masters",
) -> list[ProgramEnrollmentsProgramAccess]:
    """Get the programs with read-only access (undocumented): `GET /program_enrollments/v1/programs/readonly_access/`.

    See `program_enrollments_programs_readonly_access_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import program_enrollments_programs_readonly_access_retrieve

    return program_enrollments_programs_readonly_access_retrieve.sync(
        type_=type_,
        client=self._client,
    )


def _program_enrollments_program_course_enrollments_list(
    self: ProgramEnrollmentsOperations,
    program_uuid: UUID,
    course_id: str,
    *,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedProgramEnrollmentsCourseEnrollmentList:
    """List the learners enrolled in a course of a program: `GET /program_enrollments/v1/programs/{program_uuid}/courses/{course_id}/enrollments/`.

    See `program_enrollments_program_course_enrollments_list.sync` for the parameters and the errors it raises.
    """
    from . import program_enrollments_program_course_enrollments_list

    return program_enrollments_program_course_enrollments_list.sync(
        program_uuid=program_uuid,
        course_id=course_id,
        cursor=cursor,
        page_size=page_size,
        client=self._client,
    )


def _program_enrollments_program_course_enrollments_update(
    self: ProgramEnrollmentsOperations,
    program_uuid: UUID,
    course_id: str,
    *,
    body: list[ProgramEnrollmentsCourseEnrollmentRequest],
) -> ProgramEnrollmentsCourseWriteResult:
    """Create or update learners' enrollments in a course of a program: `PUT /program_enrollments/v1/programs/{program_uuid}/courses/{course_id}/enrollments/`.

    See `program_enrollments_program_course_enrollments_update.sync` for the parameters and the errors it raises.
    """
    from . import program_enrollments_program_course_enrollments_update

    return program_enrollments_program_course_enrollments_update.sync(
        program_uuid=program_uuid,
        course_id=course_id,
        body=body,
        client=self._client,
    )


def _program_enrollments_program_course_enrollments_create(
    self: ProgramEnrollmentsOperations,
    program_uuid: UUID,
    course_id: str,
    *,
    body: list[ProgramEnrollmentsCourseEnrollmentRequest],
) -> ProgramEnrollmentsCourseWriteResult:
    """Enroll learners in a course of a program: `POST /program_enrollments/v1/programs/{program_uuid}/courses/{course_id}/enrollments/`.

    See `program_enrollments_program_course_enrollments_create.sync` for the parameters and the errors it raises.
    """
    from . import program_enrollments_program_course_enrollments_create

    return program_enrollments_program_course_enrollments_create.sync(
        program_uuid=program_uuid,
        course_id=course_id,
        body=body,
        client=self._client,
    )


def _program_enrollments_program_course_enrollments_partial_update(
    self: ProgramEnrollmentsOperations,
    program_uuid: UUID,
    course_id: str,
    *,
    body: list[ProgramEnrollmentsCourseEnrollmentRequest],
) -> ProgramEnrollmentsCourseWriteResult:
    """Change learners' enrollments in a course of a program: `PATCH /program_enrollments/v1/programs/{program_uuid}/courses/{course_id}/enrollments/`.

    See `program_enrollments_program_course_enrollments_partial_update.sync` for the parameters and the errors it raises.
    """
    from . import program_enrollments_program_course_enrollments_partial_update

    return program_enrollments_program_course_enrollments_partial_update.sync(
        program_uuid=program_uuid,
        course_id=course_id,
        body=body,
        client=self._client,
    )


def _program_enrollments_program_course_grades_list(
    self: ProgramEnrollmentsOperations,
    program_uuid: UUID,
    course_id: str,
    *,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Any:
    """List the grades of a course of a program: `GET /program_enrollments/v1/programs/{program_uuid}/courses/{course_id}/grades/`.

    See `program_enrollments_program_course_grades_list.sync` for the parameters and the errors it raises.
    """
    from . import program_enrollments_program_course_grades_list

    return program_enrollments_program_course_grades_list.sync(
        program_uuid=program_uuid,
        course_id=course_id,
        cursor=cursor,
        page_size=page_size,
        client=self._client,
    )


def _program_enrollments_list(
    self: ProgramEnrollmentsOperations,
    program_uuid: UUID,
    *,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedProgramEnrollmentsEnrollmentList:
    """List the enrollments of a program: `GET /program_enrollments/v1/programs/{program_uuid}/enrollments/`.

    See `program_enrollments_list.sync` for the parameters and the errors it raises.
    """
    from . import program_enrollments_list

    return program_enrollments_list.sync(
        program_uuid=program_uuid,
        cursor=cursor,
        page_size=page_size,
        client=self._client,
    )


def _program_enrollments_update(
    self: ProgramEnrollmentsOperations,
    program_uuid: UUID,
    *,
    body: list[ProgramEnrollmentsEnrollmentCreateRequest],
) -> ProgramEnrollmentsWriteResult:
    """Create or update learners' enrollments in a program: `PUT /program_enrollments/v1/programs/{program_uuid}/enrollments/`.

    See `program_enrollments_update.sync` for the parameters and the errors it raises.
    """
    from . import program_enrollments_update

    return program_enrollments_update.sync(
        program_uuid=program_uuid,
        body=body,
        client=self._client,
    )


def _program_enrollments_create(
    self: ProgramEnrollmentsOperations,
    program_uuid: UUID,
    *,
    body: list[ProgramEnrollmentsEnrollmentCreateRequest],
) -> ProgramEnrollmentsWriteResult:
    """Enroll learners in a program: `POST /program_enrollments/v1/programs/{program_uuid}/enrollments/`.

    See `program_enrollments_create.sync` for the parameters and the errors it raises.
    """
    from . import program_enrollments_create

    return program_enrollments_create.sync(
        program_uuid=program_uuid,
        body=body,
        client=self._client,
    )


def _program_enrollments_partial_update(
    self: ProgramEnrollmentsOperations,
    program_uuid: UUID,
    *,
    body: list[ProgramEnrollmentsEnrollmentUpdateRequest],
) -> ProgramEnrollmentsWriteResult:
    """Change learners' enrollments in a program: `PATCH /program_enrollments/v1/programs/{program_uuid}/enrollments/`.

    See `program_enrollments_partial_update.sync` for the parameters and the errors it raises.
    """
    from . import program_enrollments_partial_update

    return program_enrollments_partial_update.sync(
        program_uuid=program_uuid,
        body=body,
        client=self._client,
    )


def _program_enrollments_program_overview_retrieve(
    self: ProgramEnrollmentsOperations,
    program_uuid: UUID,
) -> ProgramEnrollmentsOverview:
    """Get an overview of the caller's course runs in a program: `GET /program_enrollments/v1/programs/{program_uuid}/overview/`.

    See `program_enrollments_program_overview_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import program_enrollments_program_overview_retrieve

    return program_enrollments_program_overview_retrieve.sync(
        program_uuid=program_uuid,
        client=self._client,
    )


def _program_enrollments_user_program_courses_list(
    self: ProgramEnrollmentsOperations,
    username: str,
    program_uuid: UUID,
    *,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = 10,
) -> ProgramEnrollmentsCourseRunOverviewPage:
    """List an overview of a user's course runs in a program: `GET /program_enrollments/v1/users/{username}/programs/{program_uuid}/courses`.

    See `program_enrollments_user_program_courses_list.sync` for the parameters and the errors it raises.
    """
    from . import program_enrollments_user_program_courses_list

    return program_enrollments_user_program_courses_list.sync(
        username=username,
        program_uuid=program_uuid,
        cursor=cursor,
        page_size=page_size,
        client=self._client,
    )


async def _async_program_enrollments_integration_reset(
    self: AsyncProgramEnrollmentsOperations,
    *,
    body: ProgramEnrollmentsIntegrationResetRequest,
) -> ProgramEnrollmentsIntegrationResetResponse200:
    """Reset an organization's enrollment and user data: `POST /program_enrollments/v1/integration-reset`.

    See `program_enrollments_integration_reset.asyncio` for the parameters and the errors it raises.
    """
    from . import program_enrollments_integration_reset

    return await program_enrollments_integration_reset.asyncio(
        body=body,
        client=self._client,
    )


async def _async_program_enrollments_programs_enrollments_list(
    self: AsyncProgramEnrollmentsOperations,
    *,
    type_: str | Unset = "masters",
) -> list[ProgramEnrollmentsProgramAccess]:
    """List program enrollments (undocumented): `GET /program_enrollments/v1/programs/enrollments/`.

    See `program_enrollments_programs_enrollments_list.asyncio` for the parameters and the errors it raises.
    """
    from . import program_enrollments_programs_enrollments_list

    return await program_enrollments_programs_enrollments_list.asyncio(
        type_=type_,
        client=self._client,
    )


async def _async_program_enrollments_programs_readonly_access_retrieve(
    self: AsyncProgramEnrollmentsOperations,
    *,
    type_: str | Unset = "masters",
) -> list[ProgramEnrollmentsProgramAccess]:
    """Get the programs with read-only access (undocumented): `GET /program_enrollments/v1/programs/readonly_access/`.

    See `program_enrollments_programs_readonly_access_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import program_enrollments_programs_readonly_access_retrieve

    return await program_enrollments_programs_readonly_access_retrieve.asyncio(
        type_=type_,
        client=self._client,
    )


async def _async_program_enrollments_program_course_enrollments_list(
    self: AsyncProgramEnrollmentsOperations,
    program_uuid: UUID,
    course_id: str,
    *,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedProgramEnrollmentsCourseEnrollmentList:
    """List the learners enrolled in a course of a program: `GET /program_enrollments/v1/programs/{program_uuid}/courses/{course_id}/enrollments/`.

    See `program_enrollments_program_course_enrollments_list.asyncio` for the parameters and the errors it raises.
    """
    from . import program_enrollments_program_course_enrollments_list

    return await program_enrollments_program_course_enrollments_list.asyncio(
        program_uuid=program_uuid,
        course_id=course_id,
        cursor=cursor,
        page_size=page_size,
        client=self._client,
    )


async def _async_program_enrollments_program_course_enrollments_update(
    self: AsyncProgramEnrollmentsOperations,
    program_uuid: UUID,
    course_id: str,
    *,
    body: list[ProgramEnrollmentsCourseEnrollmentRequest],
) -> ProgramEnrollmentsCourseWriteResult:
    """Create or update learners' enrollments in a course of a program: `PUT /program_enrollments/v1/programs/{program_uuid}/courses/{course_id}/enrollments/`.

    See `program_enrollments_program_course_enrollments_update.asyncio` for the parameters and the errors it raises.
    """
    from . import program_enrollments_program_course_enrollments_update

    return await program_enrollments_program_course_enrollments_update.asyncio(
        program_uuid=program_uuid,
        course_id=course_id,
        body=body,
        client=self._client,
    )


async def _async_program_enrollments_program_course_enrollments_create(
    self: AsyncProgramEnrollmentsOperations,
    program_uuid: UUID,
    course_id: str,
    *,
    body: list[ProgramEnrollmentsCourseEnrollmentRequest],
) -> ProgramEnrollmentsCourseWriteResult:
    """Enroll learners in a course of a program: `POST /program_enrollments/v1/programs/{program_uuid}/courses/{course_id}/enrollments/`.

    See `program_enrollments_program_course_enrollments_create.asyncio` for the parameters and the errors it raises.
    """
    from . import program_enrollments_program_course_enrollments_create

    return await program_enrollments_program_course_enrollments_create.asyncio(
        program_uuid=program_uuid,
        course_id=course_id,
        body=body,
        client=self._client,
    )


async def _async_program_enrollments_program_course_enrollments_partial_update(
    self: AsyncProgramEnrollmentsOperations,
    program_uuid: UUID,
    course_id: str,
    *,
    body: list[ProgramEnrollmentsCourseEnrollmentRequest],
) -> ProgramEnrollmentsCourseWriteResult:
    """Change learners' enrollments in a course of a program: `PATCH /program_enrollments/v1/programs/{program_uuid}/courses/{course_id}/enrollments/`.

    See `program_enrollments_program_course_enrollments_partial_update.asyncio` for the parameters and the errors it raises.
    """
    from . import program_enrollments_program_course_enrollments_partial_update

    return await program_enrollments_program_course_enrollments_partial_update.asyncio(
        program_uuid=program_uuid,
        course_id=course_id,
        body=body,
        client=self._client,
    )


async def _async_program_enrollments_program_course_grades_list(
    self: AsyncProgramEnrollmentsOperations,
    program_uuid: UUID,
    course_id: str,
    *,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Any:
    """List the grades of a course of a program: `GET /program_enrollments/v1/programs/{program_uuid}/courses/{course_id}/grades/`.

    See `program_enrollments_program_course_grades_list.asyncio` for the parameters and the errors it raises.
    """
    from . import program_enrollments_program_course_grades_list

    return await program_enrollments_program_course_grades_list.asyncio(
        program_uuid=program_uuid,
        course_id=course_id,
        cursor=cursor,
        page_size=page_size,
        client=self._client,
    )


async def _async_program_enrollments_list(
    self: AsyncProgramEnrollmentsOperations,
    program_uuid: UUID,
    *,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedProgramEnrollmentsEnrollmentList:
    """List the enrollments of a program: `GET /program_enrollments/v1/programs/{program_uuid}/enrollments/`.

    See `program_enrollments_list.asyncio` for the parameters and the errors it raises.
    """
    from . import program_enrollments_list

    return await program_enrollments_list.asyncio(
        program_uuid=program_uuid,
        cursor=cursor,
        page_size=page_size,
        client=self._client,
    )


async def _async_program_enrollments_update(
    self: AsyncProgramEnrollmentsOperations,
    program_uuid: UUID,
    *,
    body: list[ProgramEnrollmentsEnrollmentCreateRequest],
) -> ProgramEnrollmentsWriteResult:
    """Create or update learners' enrollments in a program: `PUT /program_enrollments/v1/programs/{program_uuid}/enrollments/`.

    See `program_enrollments_update.asyncio` for the parameters and the errors it raises.
    """
    from . import program_enrollments_update

    return await program_enrollments_update.asyncio(
        program_uuid=program_uuid,
        body=body,
        client=self._client,
    )


async def _async_program_enrollments_create(
    self: AsyncProgramEnrollmentsOperations,
    program_uuid: UUID,
    *,
    body: list[ProgramEnrollmentsEnrollmentCreateRequest],
) -> ProgramEnrollmentsWriteResult:
    """Enroll learners in a program: `POST /program_enrollments/v1/programs/{program_uuid}/enrollments/`.

    See `program_enrollments_create.asyncio` for the parameters and the errors it raises.
    """
    from . import program_enrollments_create

    return await program_enrollments_create.asyncio(
        program_uuid=program_uuid,
        body=body,
        client=self._client,
    )


async def _async_program_enrollments_partial_update(
    self: AsyncProgramEnrollmentsOperations,
    program_uuid: UUID,
    *,
    body: list[ProgramEnrollmentsEnrollmentUpdateRequest],
) -> ProgramEnrollmentsWriteResult:
    """Change learners' enrollments in a program: `PATCH /program_enrollments/v1/programs/{program_uuid}/enrollments/`.

    See `program_enrollments_partial_update.asyncio` for the parameters and the errors it raises.
    """
    from . import program_enrollments_partial_update

    return await program_enrollments_partial_update.asyncio(
        program_uuid=program_uuid,
        body=body,
        client=self._client,
    )


async def _async_program_enrollments_program_overview_retrieve(
    self: AsyncProgramEnrollmentsOperations,
    program_uuid: UUID,
) -> ProgramEnrollmentsOverview:
    """Get an overview of the caller's course runs in a program: `GET /program_enrollments/v1/programs/{program_uuid}/overview/`.

    See `program_enrollments_program_overview_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import program_enrollments_program_overview_retrieve

    return await program_enrollments_program_overview_retrieve.asyncio(
        program_uuid=program_uuid,
        client=self._client,
    )


async def _async_program_enrollments_user_program_courses_list(
    self: AsyncProgramEnrollmentsOperations,
    username: str,
    program_uuid: UUID,
    *,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = 10,
) -> ProgramEnrollmentsCourseRunOverviewPage:
    """List an overview of a user's course runs in a program: `GET /program_enrollments/v1/users/{username}/programs/{program_uuid}/courses`.

    See `program_enrollments_user_program_courses_list.asyncio` for the parameters and the errors it raises.
    """
    from . import program_enrollments_user_program_courses_list

    return await program_enrollments_user_program_courses_list.asyncio(
        username=username,
        program_uuid=program_uuid,
        cursor=cursor,
        page_size=page_size,
        client=self._client,
    )


class ProgramEnrollmentsOperations:
    """The program_enrollments operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    integration_reset = _program_enrollments_integration_reset
    programs_enrollments_list = _program_enrollments_programs_enrollments_list
    programs_readonly_access_retrieve = (
        _program_enrollments_programs_readonly_access_retrieve
    )
    program_course_enrollments_list = (
        _program_enrollments_program_course_enrollments_list
    )
    program_course_enrollments_update = (
        _program_enrollments_program_course_enrollments_update
    )
    program_course_enrollments_create = (
        _program_enrollments_program_course_enrollments_create
    )
    program_course_enrollments_partial_update = (
        _program_enrollments_program_course_enrollments_partial_update
    )
    program_course_grades_list = _program_enrollments_program_course_grades_list
    list = _program_enrollments_list
    update = _program_enrollments_update
    create = _program_enrollments_create
    partial_update = _program_enrollments_partial_update
    program_overview_retrieve = _program_enrollments_program_overview_retrieve
    user_program_courses_list = _program_enrollments_user_program_courses_list


class AsyncProgramEnrollmentsOperations:
    """The program_enrollments operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    integration_reset = _async_program_enrollments_integration_reset
    programs_enrollments_list = _async_program_enrollments_programs_enrollments_list
    programs_readonly_access_retrieve = (
        _async_program_enrollments_programs_readonly_access_retrieve
    )
    program_course_enrollments_list = (
        _async_program_enrollments_program_course_enrollments_list
    )
    program_course_enrollments_update = (
        _async_program_enrollments_program_course_enrollments_update
    )
    program_course_enrollments_create = (
        _async_program_enrollments_program_course_enrollments_create
    )
    program_course_enrollments_partial_update = (
        _async_program_enrollments_program_course_enrollments_partial_update
    )
    program_course_grades_list = _async_program_enrollments_program_course_grades_list
    list = _async_program_enrollments_list
    update = _async_program_enrollments_update
    create = _async_program_enrollments_create
    partial_update = _async_program_enrollments_partial_update
    program_overview_retrieve = _async_program_enrollments_program_overview_retrieve
    user_program_courses_list = _async_program_enrollments_user_program_courses_list
