"""The grades operations: one module per operation, and `GradesOperations` /
`AsyncGradesOperations`, which bind them to a client (`edx.<api>.grades`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.grades_assignment_type_policy import GradesAssignmentTypePolicy
    from ...models.grades_course_grade import GradesCourseGrade
    from ...models.grades_course_grade_page import GradesCourseGradePage
    from ...models.grades_gradebook_entry import GradesGradebookEntry
    from ...models.grades_gradebook_page import GradesGradebookPage
    from ...models.grades_gradebook_update_item import GradesGradebookUpdateItem
    from ...models.grades_gradebook_update_result import GradesGradebookUpdateResult
    from ...models.grades_grading_info import GradesGradingInfo
    from ...models.grades_section_grades_breakdown_page import (
        GradesSectionGradesBreakdownPage,
    )
    from ...models.grades_submission_history import GradesSubmissionHistory
    from ...models.grades_subsection_grade import GradesSubsectionGrade
    from ...types import UNSET, Unset


def _grades_courses_list(
    self: GradesOperations,
    *,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    course_id: str,
    username: str | Unset = UNSET,
) -> GradesCourseGradePage | list[GradesCourseGrade]:
    """List course grade statuses: `GET /grades/v1/courses/`.

    See `grades_courses_list.sync` for the parameters and the errors it raises.
    """
    from . import grades_courses_list

    return grades_courses_list.sync(
        cursor=cursor,
        page_size=page_size,
        course_id=course_id,
        username=username,
        client=self._client,
    )


def _grades_courses_retrieve(
    self: GradesOperations,
    course_id: str,
    *,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    username: str | Unset = UNSET,
) -> GradesCourseGradePage | list[GradesCourseGrade]:
    """Retrieve course grade status: `GET /grades/v1/courses/{course_id}/`.

    See `grades_courses_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import grades_courses_retrieve

    return grades_courses_retrieve.sync(
        course_id=course_id,
        cursor=cursor,
        page_size=page_size,
        username=username,
        client=self._client,
    )


def _grades_gradebook_retrieve(
    self: GradesOperations,
    course_id: str,
    *,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    username: str | Unset = UNSET,
    user_contains: str | Unset = UNSET,
    username_contains: str | Unset = UNSET,
    cohort_id: str | Unset = UNSET,
    enrollment_mode: str | Unset = UNSET,
    assignment: str | Unset = UNSET,
    assignment_grade_min: float | Unset = UNSET,
    assignment_grade_max: float | Unset = UNSET,
    course_grade_min: float | Unset = UNSET,
    course_grade_max: float | Unset = UNSET,
    excluded_course_roles: list[str] | Unset = UNSET,
) -> GradesGradebookEntry | GradesGradebookPage:
    """Retrieve a course's gradebook: `GET /grades/v1/gradebook/{course_id}/`.

    See `grades_gradebook_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import grades_gradebook_retrieve

    return grades_gradebook_retrieve.sync(
        course_id=course_id,
        cursor=cursor,
        page_size=page_size,
        username=username,
        user_contains=user_contains,
        username_contains=username_contains,
        cohort_id=cohort_id,
        enrollment_mode=enrollment_mode,
        assignment=assignment,
        assignment_grade_min=assignment_grade_min,
        assignment_grade_max=assignment_grade_max,
        course_grade_min=course_grade_min,
        course_grade_max=course_grade_max,
        excluded_course_roles=excluded_course_roles,
        client=self._client,
    )


def _grades_gradebook_bulk_update(
    self: GradesOperations,
    course_id: str,
    *,
    body: list[GradesGradebookUpdateItem],
) -> list[GradesGradebookUpdateResult]:
    """Update gradebook grades in bulk: `POST /grades/v1/gradebook/{course_id}/bulk-update`.

    See `grades_gradebook_bulk_update.sync` for the parameters and the errors it raises.
    """
    from . import grades_gradebook_bulk_update

    return grades_gradebook_bulk_update.sync(
        course_id=course_id,
        body=body,
        client=self._client,
    )


def _grades_gradebook_grading_info_retrieve(
    self: GradesOperations,
    course_id: str,
    *,
    graded_only: bool | Unset = UNSET,
    all_: bool | Unset = UNSET,
) -> GradesGradingInfo:
    """Retrieve a course's grading information: `GET /grades/v1/gradebook/{course_id}/grading-info`.

    See `grades_gradebook_grading_info_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import grades_gradebook_grading_info_retrieve

    return grades_gradebook_grading_info_retrieve.sync(
        course_id=course_id,
        graded_only=graded_only,
        all_=all_,
        client=self._client,
    )


def _grades_policy_course_retrieve(
    self: GradesOperations,
    course_id: str,
) -> list[GradesAssignmentTypePolicy]:
    """Retrieve a course's grading policy: `GET /grades/v1/policy/courses/{course_id}/`.

    See `grades_policy_course_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import grades_policy_course_retrieve

    return grades_policy_course_retrieve.sync(
        course_id=course_id,
        client=self._client,
    )


def _grades_section_grades_breakdown_list(
    self: GradesOperations,
    *,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    course_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> GradesSectionGradesBreakdownPage:
    """List section grade breakdowns: `GET /grades/v1/section_grades_breakdown/`.

    See `grades_section_grades_breakdown_list.sync` for the parameters and the errors it raises.
    """
    from . import grades_section_grades_breakdown_list

    return grades_section_grades_breakdown_list.sync(
        cursor=cursor,
        page_size=page_size,
        course_id=course_id,
        username=username,
        client=self._client,
    )


def _grades_submission_history_list(
    self: GradesOperations,
    course_id: str,
    *,
    username: str | Unset = UNSET,
) -> list[GradesSubmissionHistory]:
    """List problem submission history: `GET /grades/v1/submission_history/{course_id}/`.

    See `grades_submission_history_list.sync` for the parameters and the errors it raises.
    """
    from . import grades_submission_history_list

    return grades_submission_history_list.sync(
        course_id=course_id,
        username=username,
        client=self._client,
    )


def _grades_subsection_retrieve(
    self: GradesOperations,
    subsection_id: str,
    *,
    user_id: int,
    history_record_limit: int | Unset = UNSET,
) -> GradesSubsectionGrade:
    """Retrieve a subsection grade: `GET /grades/v1/subsection/{subsection_id}/`.

    See `grades_subsection_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import grades_subsection_retrieve

    return grades_subsection_retrieve.sync(
        subsection_id=subsection_id,
        user_id=user_id,
        history_record_limit=history_record_limit,
        client=self._client,
    )


async def _async_grades_courses_list(
    self: AsyncGradesOperations,
    *,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    course_id: str,
    username: str | Unset = UNSET,
) -> GradesCourseGradePage | list[GradesCourseGrade]:
    """List course grade statuses: `GET /grades/v1/courses/`.

    See `grades_courses_list.asyncio` for the parameters and the errors it raises.
    """
    from . import grades_courses_list

    return await grades_courses_list.asyncio(
        cursor=cursor,
        page_size=page_size,
        course_id=course_id,
        username=username,
        client=self._client,
    )


async def _async_grades_courses_retrieve(
    self: AsyncGradesOperations,
    course_id: str,
    *,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    username: str | Unset = UNSET,
) -> GradesCourseGradePage | list[GradesCourseGrade]:
    """Retrieve course grade status: `GET /grades/v1/courses/{course_id}/`.

    See `grades_courses_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import grades_courses_retrieve

    return await grades_courses_retrieve.asyncio(
        course_id=course_id,
        cursor=cursor,
        page_size=page_size,
        username=username,
        client=self._client,
    )


async def _async_grades_gradebook_retrieve(
    self: AsyncGradesOperations,
    course_id: str,
    *,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    username: str | Unset = UNSET,
    user_contains: str | Unset = UNSET,
    username_contains: str | Unset = UNSET,
    cohort_id: str | Unset = UNSET,
    enrollment_mode: str | Unset = UNSET,
    assignment: str | Unset = UNSET,
    assignment_grade_min: float | Unset = UNSET,
    assignment_grade_max: float | Unset = UNSET,
    course_grade_min: float | Unset = UNSET,
    course_grade_max: float | Unset = UNSET,
    excluded_course_roles: list[str] | Unset = UNSET,
) -> GradesGradebookEntry | GradesGradebookPage:
    """Retrieve a course's gradebook: `GET /grades/v1/gradebook/{course_id}/`.

    See `grades_gradebook_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import grades_gradebook_retrieve

    return await grades_gradebook_retrieve.asyncio(
        course_id=course_id,
        cursor=cursor,
        page_size=page_size,
        username=username,
        user_contains=user_contains,
        username_contains=username_contains,
        cohort_id=cohort_id,
        enrollment_mode=enrollment_mode,
        assignment=assignment,
        assignment_grade_min=assignment_grade_min,
        assignment_grade_max=assignment_grade_max,
        course_grade_min=course_grade_min,
        course_grade_max=course_grade_max,
        excluded_course_roles=excluded_course_roles,
        client=self._client,
    )


async def _async_grades_gradebook_bulk_update(
    self: AsyncGradesOperations,
    course_id: str,
    *,
    body: list[GradesGradebookUpdateItem],
) -> list[GradesGradebookUpdateResult]:
    """Update gradebook grades in bulk: `POST /grades/v1/gradebook/{course_id}/bulk-update`.

    See `grades_gradebook_bulk_update.asyncio` for the parameters and the errors it raises.
    """
    from . import grades_gradebook_bulk_update

    return await grades_gradebook_bulk_update.asyncio(
        course_id=course_id,
        body=body,
        client=self._client,
    )


async def _async_grades_gradebook_grading_info_retrieve(
    self: AsyncGradesOperations,
    course_id: str,
    *,
    graded_only: bool | Unset = UNSET,
    all_: bool | Unset = UNSET,
) -> GradesGradingInfo:
    """Retrieve a course's grading information: `GET /grades/v1/gradebook/{course_id}/grading-info`.

    See `grades_gradebook_grading_info_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import grades_gradebook_grading_info_retrieve

    return await grades_gradebook_grading_info_retrieve.asyncio(
        course_id=course_id,
        graded_only=graded_only,
        all_=all_,
        client=self._client,
    )


async def _async_grades_policy_course_retrieve(
    self: AsyncGradesOperations,
    course_id: str,
) -> list[GradesAssignmentTypePolicy]:
    """Retrieve a course's grading policy: `GET /grades/v1/policy/courses/{course_id}/`.

    See `grades_policy_course_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import grades_policy_course_retrieve

    return await grades_policy_course_retrieve.asyncio(
        course_id=course_id,
        client=self._client,
    )


async def _async_grades_section_grades_breakdown_list(
    self: AsyncGradesOperations,
    *,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    course_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> GradesSectionGradesBreakdownPage:
    """List section grade breakdowns: `GET /grades/v1/section_grades_breakdown/`.

    See `grades_section_grades_breakdown_list.asyncio` for the parameters and the errors it raises.
    """
    from . import grades_section_grades_breakdown_list

    return await grades_section_grades_breakdown_list.asyncio(
        cursor=cursor,
        page_size=page_size,
        course_id=course_id,
        username=username,
        client=self._client,
    )


async def _async_grades_submission_history_list(
    self: AsyncGradesOperations,
    course_id: str,
    *,
    username: str | Unset = UNSET,
) -> list[GradesSubmissionHistory]:
    """List problem submission history: `GET /grades/v1/submission_history/{course_id}/`.

    See `grades_submission_history_list.asyncio` for the parameters and the errors it raises.
    """
    from . import grades_submission_history_list

    return await grades_submission_history_list.asyncio(
        course_id=course_id,
        username=username,
        client=self._client,
    )


async def _async_grades_subsection_retrieve(
    self: AsyncGradesOperations,
    subsection_id: str,
    *,
    user_id: int,
    history_record_limit: int | Unset = UNSET,
) -> GradesSubsectionGrade:
    """Retrieve a subsection grade: `GET /grades/v1/subsection/{subsection_id}/`.

    See `grades_subsection_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import grades_subsection_retrieve

    return await grades_subsection_retrieve.asyncio(
        subsection_id=subsection_id,
        user_id=user_id,
        history_record_limit=history_record_limit,
        client=self._client,
    )


class GradesOperations:
    """The grades operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    courses_list = _grades_courses_list
    courses_retrieve = _grades_courses_retrieve
    gradebook_retrieve = _grades_gradebook_retrieve
    gradebook_bulk_update = _grades_gradebook_bulk_update
    gradebook_grading_info_retrieve = _grades_gradebook_grading_info_retrieve
    policy_course_retrieve = _grades_policy_course_retrieve
    section_grades_breakdown_list = _grades_section_grades_breakdown_list
    submission_history_list = _grades_submission_history_list
    subsection_retrieve = _grades_subsection_retrieve


class AsyncGradesOperations:
    """The grades operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    courses_list = _async_grades_courses_list
    courses_retrieve = _async_grades_courses_retrieve
    gradebook_retrieve = _async_grades_gradebook_retrieve
    gradebook_bulk_update = _async_grades_gradebook_bulk_update
    gradebook_grading_info_retrieve = _async_grades_gradebook_grading_info_retrieve
    policy_course_retrieve = _async_grades_policy_course_retrieve
    section_grades_breakdown_list = _async_grades_section_grades_breakdown_list
    submission_history_list = _async_grades_submission_history_list
    subsection_retrieve = _async_grades_subsection_retrieve
