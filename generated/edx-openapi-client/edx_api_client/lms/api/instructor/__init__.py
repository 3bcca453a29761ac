"""The instructor operations: one module per operation, and `InstructorOperations` /
`AsyncInstructorOperations`, which bind them to a client (`edx.<api>.instructor`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.instructor_report_download_list import InstructorReportDownloadList
    from ...models.instructor_report_generation_status import (
        InstructorReportGenerationStatus,
    )
    from ...models.instructor_report_problem_responses_request import (
        InstructorReportProblemResponsesRequest,
    )
    from ...models.instructor_running_task_list import InstructorRunningTaskList
    from ...types import UNSET, Unset


def _instructor_reports_list(
    self: InstructorOperations,
    course_id: str,
    *,
    report_name: str | Unset = UNSET,
) -> InstructorReportDownloadList:
    """List a course's downloadable reports: `GET /instructor/v1/reports/{course_id}`.

    See `instructor_reports_list.sync` for the parameters and the errors it raises.
    """
    from . import instructor_reports_list

    return instructor_reports_list.sync(
        course_id=course_id,
        report_name=report_name,
        client=self._client,
    )


def _instructor_reports_problem_responses_generate(
    self: InstructorOperations,
    course_id: str,
    *,
    body: InstructorReportProblemResponsesRequest,
) -> InstructorReportGenerationStatus:
    """Generate a problem responses report: `POST /instructor/v1/reports/{course_id}/generate/problem_responses`.

    See `instructor_reports_problem_responses_generate.sync` for the parameters and the errors it raises.
    """
    from . import instructor_reports_problem_responses_generate

    return instructor_reports_problem_responses_generate.sync(
        course_id=course_id,
        body=body,
        client=self._client,
    )


def _instructor_tasks_list(
    self: InstructorOperations,
    course_id: str,
    *,
    problem_location_str: str | Unset = UNSET,
    unique_student_identifier: str | Unset = UNSET,
) -> InstructorRunningTaskList:
    """List a course's instructor tasks: `GET /instructor/v1/tasks/{course_id}`.

    See `instructor_tasks_list.sync` for the parameters and the errors it raises.
    """
    from . import instructor_tasks_list

    return instructor_tasks_list.sync(
        course_id=course_id,
        problem_location_str=problem_location_str,
        unique_student_identifier=unique_student_identifier,
        client=self._client,
    )


async def _async_instructor_reports_list(
    self: AsyncInstructorOperations,
    course_id: str,
    *,
    report_name: str | Unset = UNSET,
) -> InstructorReportDownloadList:
    """List a course's downloadable reports: `GET /instructor/v1/reports/{course_id}`.

    See `instructor_reports_list.asyncio` for the parameters and the errors it raises.
    """
    from . import instructor_reports_list

    return await instructor_reports_list.asyncio(
        course_id=course_id,
        report_name=report_name,
        client=self._client,
    )


async def _async_instructor_reports_problem_responses_generate(
    self: AsyncInstructorOperations,
    course_id: str,
    *,
    body: InstructorReportProblemResponsesRequest,
) -> InstructorReportGenerationStatus:
    """Generate a problem responses report: `POST /instructor/v1/reports/{course_id}/generate/problem_responses`.

    See `instructor_reports_problem_responses_generate.asyncio` for the parameters and the errors it raises.
    """
    from . import instructor_reports_problem_responses_generate

    return await instructor_reports_problem_responses_generate.asyncio(
        course_id=course_id,
        body=body,
        client=self._client,
    )


async def _async_instructor_tasks_list(
    self: AsyncInstructorOperations,
    course_id: str,
    *,
    problem_location_str: str | Unset = UNSET,
    unique_student_identifier: str | Unset = UNSET,
) -> InstructorRunningTaskList:
    """List a course's instructor tasks: `GET /instructor/v1/tasks/{course_id}`.

    See `instructor_tasks_list.asyncio` for the parameters and the errors it raises.
    """
    from . import instructor_tasks_list

    return await instructor_tasks_list.asyncio(
        course_id=course_id,
        problem_location_str=problem_location_str,
        unique_student_identifier=unique_student_identifier,
        client=self._client,
    )


class InstructorOperations:
    """The instructor operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    reports_list = _instructor_reports_list
    reports_problem_responses_generate = _instructor_reports_problem_responses_generate
    tasks_list = _instructor_tasks_list


class AsyncInstructorOperations:
    """The instructor operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    reports_list = _async_instructor_reports_list
    reports_problem_responses_generate = (
        _async_instructor_reports_problem_responses_generate
    )
    tasks_list = _async_instructor_tasks_list
