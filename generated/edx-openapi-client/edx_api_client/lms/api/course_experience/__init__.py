"""The course_experience operations: one module per operation, and `CourseExperienceOperations` /
`AsyncCourseExperienceOperations`, which bind them to a client (`edx.<api>.course_experience`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...client import AuthenticatedClient, Client
    from ...models.course_experience_course_deadlines_info import (
        CourseExperienceCourseDeadlinesInfo,
    )
    from ...models.course_experience_reset_course_deadlines_request import (
        CourseExperienceResetCourseDeadlinesRequest,
    )
    from ...models.course_experience_reset_course_deadlines_response import (
        CourseExperienceResetCourseDeadlinesResponse,
    )
    from ...models.error_response import ErrorResponse


def _course_experience_course_deadlines_info_retrieve(
    self: CourseExperienceOperations,
    course_key_string: str,
) -> CourseExperienceCourseDeadlinesInfo:
    """Get a course's deadline information for mobile: `GET /course_experience/v1/course_deadlines_info/{course_key_string}`.

    See `course_experience_course_deadlines_info_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import course_experience_course_deadlines_info_retrieve

    return course_experience_course_deadlines_info_retrieve.sync(
        course_key_string=course_key_string,
        client=self._client,
    )


def _course_experience_course_deadlines_reset(
    self: CourseExperienceOperations,
    *,
    body: CourseExperienceResetCourseDeadlinesRequest,
) -> CourseExperienceResetCourseDeadlinesResponse:
    """Reset a learner's course deadlines: `POST /course_experience/v1/reset_course_deadlines`.

    See `course_experience_course_deadlines_reset.sync` for the parameters and the errors it raises.
    """
    from . import course_experience_course_deadlines_reset

    return course_experience_course_deadlines_reset.sync(
        body=body,
        client=self._client,
    )


async def _async_course_experience_course_deadlines_info_retrieve(
    self: AsyncCourseExperienceOperations,
    course_key_string: str,
) -> CourseExperienceCourseDeadlinesInfo:
    """Get a course's deadline information for mobile: `GET /course_experience/v1/course_deadlines_info/{course_key_string}`.

    See `course_experience_course_deadlines_info_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import course_experience_course_deadlines_info_retrieve

    return await course_experience_course_deadlines_info_retrieve.asyncio(
        course_key_string=course_key_string,
        client=self._client,
    )


async def _async_course_experience_course_deadlines_reset(
    self: AsyncCourseExperienceOperations,
    *,
    body: CourseExperienceResetCourseDeadlinesRequest,
) -> CourseExperienceResetCourseDeadlinesResponse:
    """Reset a learner's course deadlines: `POST /course_experience/v1/reset_course_deadlines`.

    See `course_experience_course_deadlines_reset.asyncio` for the parameters and the errors it raises.
    """
    from . import course_experience_course_deadlines_reset

    return await course_experience_course_deadlines_reset.asyncio(
        body=body,
        client=self._client,
    )


class CourseExperienceOperations:
    """The course_experience operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    course_deadlines_info_retrieve = _course_experience_course_deadlines_info_retrieve
    course_deadlines_reset = _course_experience_course_deadlines_reset


class AsyncCourseExperienceOperations:
    """The course_experience operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    course_deadlines_info_retrieve = (
        _async_course_experience_course_deadlines_info_retrieve
    )
    course_deadlines_reset = _async_course_experience_course_deadlines_reset
