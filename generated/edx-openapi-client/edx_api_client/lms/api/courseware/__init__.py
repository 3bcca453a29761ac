"""The courseware operations: one module per operation, and `CoursewareOperations` /
`AsyncCoursewareOperations`, which bind them to a client (`edx.<api>.courseware`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...client import AuthenticatedClient, Client
    from ...models.courseware_celebration_update import CoursewareCelebrationUpdate
    from ...models.courseware_course import CoursewareCourse
    from ...models.courseware_resume import CoursewareResume
    from ...models.courseware_sequence_metadata import CoursewareSequenceMetadata
    from ...models.error_response import ErrorResponse
    from ...types import UNSET, Unset


def _courseware_celebration_update(
    self: CoursewareOperations,
    course_key_string: str,
    *,
    body: CoursewareCelebrationUpdate | Unset = UNSET,
) -> Any:
    """Update the learner's celebration state in a course: `POST /courseware/celebration/{course_key_string}`.

    See `courseware_celebration_update.sync` for the parameters and the errors it raises.
    """
    from . import courseware_celebration_update

    return courseware_celebration_update.sync(
        course_key_string=course_key_string,
        body=body,
        client=self._client,
    )


def _courseware_course_retrieve(
    self: CoursewareOperations,
    course_key_string: str,
    *,
    requested_fields: list[str] | Unset = UNSET,
    username: str | Unset = UNSET,
) -> CoursewareCourse:
    """Get a course's details for the learning pages: `GET /courseware/course/{course_key_string}`.

    See `courseware_course_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import courseware_course_retrieve

    return courseware_course_retrieve.sync(
        course_key_string=course_key_string,
        requested_fields=requested_fields,
        username=username,
        client=self._client,
    )


def _courseware_resume_retrieve(
    self: CoursewareOperations,
    course_key_string: str,
) -> CoursewareResume:
    """Get where the learner resumes a course: `GET /courseware/resume/{course_key_string}`.

    See `courseware_resume_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import courseware_resume_retrieve

    return courseware_resume_retrieve.sync(
        course_key_string=course_key_string,
        client=self._client,
    )


def _courseware_sequence_retrieve(
    self: CoursewareOperations,
    usage_key_string: str,
) -> CoursewareSequenceMetadata:
    """Get a sequence: `GET /courseware/sequence/{usage_key_string}`.

    See `courseware_sequence_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import courseware_sequence_retrieve

    return courseware_sequence_retrieve.sync(
        usage_key_string=usage_key_string,
        client=self._client,
    )


async def _async_courseware_celebration_update(
    self: AsyncCoursewareOperations,
    course_key_string: str,
    *,
    body: CoursewareCelebrationUpdate | Unset = UNSET,
) -> Any:
    """Update the learner's celebration state in a course: `POST /courseware/celebration/{course_key_string}`.

    See `courseware_celebration_update.asyncio` for the parameters and the errors it raises.
    """
    from . import courseware_celebration_update

    return await courseware_celebration_update.asyncio(
        course_key_string=course_key_string,
        body=body,
        client=self._client,
    )


async def _async_courseware_course_retrieve(
    self: AsyncCoursewareOperations,
    course_key_string: str,
    *,
    requested_fields: list[str] | Unset = UNSET,
    username: str | Unset = UNSET,
) -> CoursewareCourse:
    """Get a course's details for the learning pages: `GET /courseware/course/{course_key_string}`.

    See `courseware_course_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import courseware_course_retrieve

    return await courseware_course_retrieve.asyncio(
        course_key_string=course_key_string,
        requested_fields=requested_fields,
        username=username,
        client=self._client,
    )


async def _async_courseware_resume_retrieve(
    self: AsyncCoursewareOperations,
    course_key_string: str,
) -> CoursewareResume:
    """Get where the learner resumes a course: `GET /courseware/resume/{course_key_string}`.

    See `courseware_resume_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import courseware_resume_retrieve

    return await courseware_resume_retrieve.asyncio(
        course_key_string=course_key_string,
        client=self._client,
    )


async def _async_courseware_sequence_retrieve(
    self: AsyncCoursewareOperations,
    usage_key_string: str,
) -> CoursewareSequenceMetadata:
    """Get a sequence: `GET /courseware/sequence/{usage_key_string}`.

    See `courseware_sequence_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import courseware_sequence_retrieve

    return await courseware_sequence_retrieve.asyncio(
        usage_key_string=usage_key_string,
        client=self._client,
    )


class CoursewareOperations:
    """The courseware operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    celebration_update = _courseware_celebration_update
    course_retrieve = _courseware_course_retrieve
    resume_retrieve = _courseware_resume_retrieve
    sequence_retrieve = _courseware_sequence_retrieve


class AsyncCoursewareOperations:
    """The courseware operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    celebration_update = _async_courseware_celebration_update
    course_retrieve = _async_courseware_course_retrieve
    resume_retrieve = _async_courseware_resume_retrieve
    sequence_retrieve = _async_courseware_sequence_retrieve
