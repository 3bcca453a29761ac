"""The course_home operations: one module per operation, and `CourseHomeOperations` /
`AsyncCourseHomeOperations`, which bind them to a client (`edx.<api>.course_home`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...client import AuthenticatedClient, Client
    from ...models.course_home_course_goal_save_request import (
        CourseHomeCourseGoalSaveRequest,
    )
    from ...models.course_home_course_goal_saved import CourseHomeCourseGoalSaved
    from ...models.course_home_course_metadata import CourseHomeCourseMetadata
    from ...models.course_home_dates import CourseHomeDates
    from ...models.course_home_goal_unsubscribe_response import (
        CourseHomeGoalUnsubscribeResponse,
    )
    from ...models.course_home_message import CourseHomeMessage
    from ...models.course_home_outline import CourseHomeOutline
    from ...models.course_home_progress import CourseHomeProgress
    from ...models.course_home_welcome_message_dismiss_request import (
        CourseHomeWelcomeMessageDismissRequest,
    )
    from ...models.error_response import ErrorResponse


def _course_home_course_metadata_retrieve(
    self: CourseHomeOperations,
    course_key_string: str,
) -> CourseHomeCourseMetadata:
    """Get the course metadata every Course Home page needs: `GET /course_home/course_metadata/{course_key_string}`.

    See `course_home_course_metadata_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import course_home_course_metadata_retrieve

    return course_home_course_metadata_retrieve.sync(
        course_key_string=course_key_string,
        client=self._client,
    )


def _course_home_dates_retrieve(
    self: CourseHomeOperations,
    course_key_string: str,
) -> CourseHomeDates:
    """Get the content of the Dates tab: `GET /course_home/dates/{course_key_string}`.

    See `course_home_dates_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import course_home_dates_retrieve

    return course_home_dates_retrieve.sync(
        course_key_string=course_key_string,
        client=self._client,
    )


def _course_home_welcome_message_dismiss(
    self: CourseHomeOperations,
    *,
    body: CourseHomeWelcomeMessageDismissRequest,
) -> CourseHomeMessage:
    """Dismiss the welcome message: `POST /course_home/dismiss_welcome_message`.

    See `course_home_welcome_message_dismiss.sync` for the parameters and the errors it raises.
    """
    from . import course_home_welcome_message_dismiss

    return course_home_welcome_message_dismiss.sync(
        body=body,
        client=self._client,
    )


def _course_home_outline_retrieve(
    self: CourseHomeOperations,
    course_key_string: str,
) -> CourseHomeOutline:
    """Get the content of the Outline tab: `GET /course_home/outline/{course_key_string}`.

    See `course_home_outline_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import course_home_outline_retrieve

    return course_home_outline_retrieve.sync(
        course_key_string=course_key_string,
        client=self._client,
    )


def _course_home_progress_retrieve(
    self: CourseHomeOperations,
    course_key_string: str,
) -> CourseHomeProgress:
    """Get the requesting user's Progress tab: `GET /course_home/progress/{course_key_string}`.

    See `course_home_progress_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import course_home_progress_retrieve

    return course_home_progress_retrieve.sync(
        course_key_string=course_key_string,
        client=self._client,
    )


def _course_home_student_progress_retrieve(
    self: CourseHomeOperations,
    course_key_string: str,
    student_id: str,
) -> CourseHomeProgress:
    """Get a learner's Progress tab: `GET /course_home/progress/{course_key_string}/{student_id}`.

    See `course_home_student_progress_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import course_home_student_progress_retrieve

    return course_home_student_progress_retrieve.sync(
        course_key_string=course_key_string,
        student_id=student_id,
        client=self._client,
    )


def _course_home_course_goal_save(
    self: CourseHomeOperations,
    *,
    body: CourseHomeCourseGoalSaveRequest,
) -> CourseHomeCourseGoalSaved:
    """Save the learner's course goal: `POST /course_home/save_course_goal`.

    See `course_home_course_goal_save.sync` for the parameters and the errors it raises.
    """
    from . import course_home_course_goal_save

    return course_home_course_goal_save.sync(
        body=body,
        client=self._client,
    )


def _course_home_course_goal_unsubscribe(
    self: CourseHomeOperations,
    token: str,
) -> CourseHomeGoalUnsubscribeResponse:
    """Unsubscribe from course goal reminders: `POST /course_home/unsubscribe_from_course_goal/{token}`.

    See `course_home_course_goal_unsubscribe.sync` for the parameters and the errors it raises.
    """
    from . import course_home_course_goal_unsubscribe

    return course_home_course_goal_unsubscribe.sync(
        token=token,
        client=self._client,
    )


def _course_home_course_metadata_v1_retrieve(
    self: CourseHomeOperations,
    course_key_string: str,
) -> CourseHomeCourseMetadata:
    """Get the course metadata every Course Home page needs: `GET /course_home/v1/course_metadata/{course_key_string}`.

    See `course_home_course_metadata_v1_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import course_home_course_metadata_v1_retrieve

    return course_home_course_metadata_v1_retrieve.sync(
        course_key_string=course_key_string,
        client=self._client,
    )


def _course_home_dates_v1_retrieve(
    self: CourseHomeOperations,
    course_key_string: str,
) -> CourseHomeDates:
    """Get the content of the Dates tab: `GET /course_home/v1/dates/{course_key_string}`.

    See `course_home_dates_v1_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import course_home_dates_v1_retrieve

    return course_home_dates_v1_retrieve.sync(
        course_key_string=course_key_string,
        client=self._client,
    )


def _course_home_welcome_message_v1_dismiss(
    self: CourseHomeOperations,
    *,
    body: CourseHomeWelcomeMessageDismissRequest,
) -> CourseHomeMessage:
    """Dismiss the welcome message: `POST /course_home/v1/dismiss_welcome_message`.

    See `course_home_welcome_message_v1_dismiss.sync` for the parameters and the errors it raises.
    """
    from . import course_home_welcome_message_v1_dismiss

    return course_home_welcome_message_v1_dismiss.sync(
        body=body,
        client=self._client,
    )


def _course_home_outline_v1_retrieve(
    self: CourseHomeOperations,
    course_key_string: str,
) -> CourseHomeOutline:
    """Get the content of the Outline tab: `GET /course_home/v1/outline/{course_key_string}`.

    See `course_home_outline_v1_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import course_home_outline_v1_retrieve

    return course_home_outline_v1_retrieve.sync(
        course_key_string=course_key_string,
        client=self._client,
    )


def _course_home_progress_v1_retrieve(
    self: CourseHomeOperations,
    course_key_string: str,
) -> CourseHomeProgress:
    """Get the requesting user's Progress tab: `GET /course_home/v1/progress/{course_key_string}`.

    See `course_home_progress_v1_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import course_home_progress_v1_retrieve

    return course_home_progress_v1_retrieve.sync(
        course_key_string=course_key_string,
        client=self._client,
    )


def _course_home_student_progress_v1_retrieve(
    self: CourseHomeOperations,
    course_key_string: str,
    student_id: str,
) -> CourseHomeProgress:
    """Get a learner's Progress tab: `GET /course_home/v1/progress/{course_key_string}/{student_id}`.

    See `course_home_student_progress_v1_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import course_home_student_progress_v1_retrieve

    return course_home_student_progress_v1_retrieve.sync(
        course_key_string=course_key_string,
        student_id=student_id,
        client=self._client,
    )


def _course_home_course_goal_v1_save(
    self: CourseHomeOperations,
    *,
    body: CourseHomeCourseGoalSaveRequest,
) -> CourseHomeCourseGoalSaved:
    """Save the learner's course goal: `POST /course_home/v1/save_course_goal`.

    See `course_home_course_goal_v1_save.sync` for the parameters and the errors it raises.
    """
    from . import course_home_course_goal_v1_save

    return course_home_course_goal_v1_save.sync(
        body=body,
        client=self._client,
    )


def _course_home_course_goal_v1_unsubscribe(
    self: CourseHomeOperations,
    token: str,
) -> CourseHomeGoalUnsubscribeResponse:
    """Unsubscribe from course goal reminders: `POST /course_home/v1/unsubscribe_from_course_goal/{token}`.

    See `course_home_course_goal_v1_unsubscribe.sync` for the parameters and the errors it raises.
    """
    from . import course_home_course_goal_v1_unsubscribe

    return course_home_course_goal_v1_unsubscribe.sync(
        token=token,
        client=self._client,
    )


async def _async_course_home_course_metadata_retrieve(
    self: AsyncCourseHomeOperations,
    course_key_string: str,
) -> CourseHomeCourseMetadata:
    """Get the course metadata every Course Home page needs: `GET /course_home/course_metadata/{course_key_string}`.

    See `course_home_course_metadata_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import course_home_course_metadata_retrieve

    return await course_home_course_metadata_retrieve.asyncio(
        course_key_string=course_key_string,
        client=self._client,
    )


async def _async_course_home_dates_retrieve(
    self: AsyncCourseHomeOperations,
    course_key_string: str,
) -> CourseHomeDates:
    """Get the content of the Dates tab: `GET /course_home/dates/{course_key_string}`.

    See `course_home_dates_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import course_home_dates_retrieve

    return await course_home_dates_retrieve.asyncio(
        course_key_string=course_key_string,
        client=self._client,
    )


async def _async_course_home_welcome_message_dismiss(
    self: AsyncCourseHomeOperations,
    *,
    body: CourseHomeWelcomeMessageDismissRequest,
) -> CourseHomeMessage:
    """Dismiss the welcome message: `POST /course_home/dismiss_welcome_message`.

    See `course_home_welcome_message_dismiss.asyncio` for the parameters and the errors it raises.
    """
    from . import course_home_welcome_message_dismiss

    return await course_home_welcome_message_dismiss.asyncio(
        body=body,
        client=self._client,
    )


async def _async_course_home_outline_retrieve(
    self: AsyncCourseHomeOperations,
    course_key_string: str,
) -> CourseHomeOutline:
    """Get the content of the Outline tab: `GET /course_home/outline/{course_key_string}`.

    See `course_home_outline_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import course_home_outline_retrieve

    return await course_home_outline_retrieve.asyncio(
        course_key_string=course_key_string,
        client=self._client,
    )


async def _async_course_home_progress_retrieve(
    self: AsyncCourseHomeOperations,
    course_key_string: str,
) -> CourseHomeProgress:
    """Get the requesting user's Progress tab: `GET /course_home/progress/{course_key_string}`.

    See `course_home_progress_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import course_home_progress_retrieve

    return await course_home_progress_retrieve.asyncio(
        course_key_string=course_key_string,
        client=self._client,
    )


async def _async_course_home_student_progress_retrieve(
    self: AsyncCourseHomeOperations,
    course_key_string: str,
    student_id: str,
) -> CourseHomeProgress:
    """Get a learner's Progress tab: `GET /course_home/progress/{course_key_string}/{student_id}`.

    See `course_home_student_progress_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import course_home_student_progress_retrieve

    return await course_home_student_progress_retrieve.asyncio(
        course_key_string=course_key_string,
        student_id=student_id,
        client=self._client,
    )


async def _async_course_home_course_goal_save(
    self: AsyncCourseHomeOperations,
    *,
    body: CourseHomeCourseGoalSaveRequest,
) -> CourseHomeCourseGoalSaved:
    """Save the learner's course goal: `POST /course_home/save_course_goal`.

    See `course_home_course_goal_save.asyncio` for the parameters and the errors it raises.
    """
    from . import course_home_course_goal_save

    return await course_home_course_goal_save.asyncio(
        body=body,
        client=self._client,
    )


async def _async_course_home_course_goal_unsubscribe(
    self: AsyncCourseHomeOperations,
    token: str,
) -> CourseHomeGoalUnsubscribeResponse:
    """Unsubscribe from course goal reminders: `POST /course_home/unsubscribe_from_course_goal/{token}`.

    See `course_home_course_goal_unsubscribe.asyncio` for the parameters and the errors it raises.
    """
    from . import course_home_course_goal_unsubscribe

    return await course_home_course_goal_unsubscribe.asyncio(
        token=token,
        client=self._client,
    )


async def _async_course_home_course_metadata_v1_retrieve(
    self: AsyncCourseHomeOperations,
    course_key_string: str,
) -> CourseHomeCourseMetadata:
    """Get the course metadata every Course Home page needs: `GET /course_home/v1/course_metadata/{course_key_string}`.

    See `course_home_course_metadata_v1_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import course_home_course_metadata_v1_retrieve

    return await course_home_course_metadata_v1_retrieve.asyncio(
        course_key_string=course_key_string,
        client=self._client,
    )


async def _async_course_home_dates_v1_retrieve(
    self: AsyncCourseHomeOperations,
    course_key_string: str,
) -> CourseHomeDates:
    """Get the content of the Dates tab: `GET /course_home/v1/dates/{course_key_string}`.

    See `course_home_dates_v1_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import course_home_dates_v1_retrieve

    return await course_home_dates_v1_retrieve.asyncio(
        course_key_string=course_key_string,
        client=self._client,
    )


async def _async_course_home_welcome_message_v1_dismiss(
    self: AsyncCourseHomeOperations,
    *,
    body: CourseHomeWelcomeMessageDismissRequest,
) -> CourseHomeMessage:
    """Dismiss the welcome message: `POST /course_home/v1/dismiss_welcome_message`.

    See `course_home_welcome_message_v1_dismiss.asyncio` for the parameters and the errors it raises.
    """
    from . import course_home_welcome_message_v1_dismiss

    return await course_home_welcome_message_v1_dismiss.asyncio(
        body=body,
        client=self._client,
    )


async def _async_course_home_outline_v1_retrieve(
    self: AsyncCourseHomeOperations,
    course_key_string: str,
) -> CourseHomeOutline:
    """Get the content of the Outline tab: `GET /course_home/v1/outline/{course_key_string}`.

    See `course_home_outline_v1_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import course_home_outline_v1_retrieve

    return await course_home_outline_v1_retrieve.asyncio(
        course_key_string=course_key_string,
        client=self._client,
    )


async def _async_course_home_progress_v1_retrieve(
    self: AsyncCourseHomeOperations,
    course_key_string: str,
) -> CourseHomeProgress:
    """Get the requesting user's Progress tab: `GET /course_home/v1/progress/{course_key_string}`.

    See `course_home_progress_v1_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import course_home_progress_v1_retrieve

    return await course_home_progress_v1_retrieve.asyncio(
        course_key_string=course_key_string,
        client=self._client,
    )


async def _async_course_home_student_progress_v1_retrieve(
    self: AsyncCourseHomeOperations,
    course_key_string: str,
    student_id: str,
) -> CourseHomeProgress:
    """Get a learner's Progress tab: `GET /course_home/v1/progress/{course_key_string}/{student_id}`.

    See `course_home_student_progress_v1_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import course_home_student_progress_v1_retrieve

    return await course_home_student_progress_v1_retrieve.asyncio(
        course_key_string=course_key_string,
        student_id=student_id,
        client=self._client,
    )


async def _async_course_home_course_goal_v1_save(
    self: AsyncCourseHomeOperations,
    *,
    body: CourseHomeCourseGoalSaveRequest,
) -> CourseHomeCourseGoalSaved:
    """Save the learner's course goal: `POST /course_home/v1/save_course_goal`.

    See `course_home_course_goal_v1_save.asyncio` for the parameters and the errors it raises.
    """
    from . import course_home_course_goal_v1_save

    return await course_home_course_goal_v1_save.asyncio(
        body=body,
        client=self._client,
    )


async def _async_course_home_course_goal_v1_unsubscribe(
    self: AsyncCourseHomeOperations,
    token: str,
) -> CourseHomeGoalUnsubscribeResponse:
    """Unsubscribe from course goal reminders: `POST /course_home/v1/unsubscribe_from_course_goal/{token}`.

    See `course_home_course_goal_v1_unsubscribe.asyncio` for the parameters and the errors it raises.
    """
    from . import course_home_course_goal_v1_unsubscribe

    return await course_home_course_goal_v1_unsubscribe.asyncio(
        token=token,
        client=self._client,
    )


class CourseHomeOperations:
    """The course_home operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    course_metadata_retrieve = _course_home_course_metadata_retrieve
    dates_retrieve = _course_home_dates_retrieve
    welcome_message_dismiss = _course_home_welcome_message_dismiss
    outline_retrieve = _course_home_outline_retrieve
    progress_retrieve = _course_home_progress_retrieve
    student_progress_retrieve = _course_home_student_progress_retrieve
    course_goal_save = _course_home_course_goal_save
    course_goal_unsubscribe = _course_home_course_goal_unsubscribe
    course_metadata_v1_retrieve = _course_home_course_metadata_v1_retrieve
    dates_v1_retrieve = _course_home_dates_v1_retrieve
    welcome_message_v1_dismiss = _course_home_welcome_message_v1_dismiss
    outline_v1_retrieve = _course_home_outline_v1_retrieve
    progress_v1_retrieve = _course_home_progress_v1_retrieve
    student_progress_v1_retrieve = _course_home_student_progress_v1_retrieve
    course_goal_v1_save = _course_home_course_goal_v1_save
    course_goal_v1_unsubscribe = _course_home_course_goal_v1_unsubscribe


class AsyncCourseHomeOperations:
    """The course_home operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    course_metadata_retrieve = _async_course_home_course_metadata_retrieve
    dates_retrieve = _async_course_home_dates_retrieve
    welcome_message_dismiss = _async_course_home_welcome_message_dismiss
    outline_retrieve = _async_course_home_outline_retrieve
    progress_retrieve = _async_course_home_progress_retrieve
    student_progress_retrieve = _async_course_home_student_progress_retrieve
    course_goal_save = _async_course_home_course_goal_save
    course_goal_unsubscribe = _async_course_home_course_goal_unsubscribe
    course_metadata_v1_retrieve = _async_course_home_course_metadata_v1_retrieve
    dates_v1_retrieve = _async_course_home_dates_v1_retrieve
    welcome_message_v1_dismiss = _async_course_home_welcome_message_v1_dismiss
    outline_v1_retrieve = _async_course_home_outline_v1_retrieve
    progress_v1_retrieve = _async_course_home_progress_v1_retrieve
    student_progress_v1_retrieve = _async_course_home_student_progress_v1_retrieve
    course_goal_v1_save = _async_course_home_course_goal_v1_save
    course_goal_v1_unsubscribe = _async_course_home_course_goal_v1_unsubscribe
