"""The enrollment operations: one module per operation, and `EnrollmentOperations` /
`AsyncEnrollmentOperations`, which bind them to a client (`edx.<api>.enrollment`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...client import AuthenticatedClient, Client
    from ...models.enrollment_course_details import EnrollmentCourseDetails
    from ...models.enrollment_create_request import EnrollmentCreateRequest
    from ...models.enrollment_cursor_page import EnrollmentCursorPage
    from ...models.enrollment_error_message import EnrollmentErrorMessage
    from ...models.enrollment_roles import EnrollmentRoles
    from ...models.enrollment_unenroll_request import EnrollmentUnenrollRequest
    from ...models.enrollment_user_enrollment import EnrollmentUserEnrollment
    from ...models.error_response import ErrorResponse
    from ...types import UNSET, Unset


def _enrollment_course_retrieve(
    self: EnrollmentOperations,
    course_id: str,
    *,
    include_expired: str | Unset = UNSET,
) -> EnrollmentCourseDetails:
    """Get a course's enrollment information: `GET /enrollment/v1/course/{course_id}`.

    See `enrollment_course_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import enrollment_course_retrieve

    return enrollment_course_retrieve.sync(
        course_id=course_id,
        include_expired=include_expired,
        client=self._client,
    )


def _enrollment_list(
    self: EnrollmentOperations,
    *,
    user: str | Unset = UNSET,
) -> list[EnrollmentUserEnrollment]:
    """List a user's course enrollments: `GET /enrollment/v1/enrollment`.

    See `enrollment_list.sync` for the parameters and the errors it raises.
    """
    from . import enrollment_list

    return enrollment_list.sync(
        user=user,
        client=self._client,
    )


def _enrollment_create(
    self: EnrollmentOperations,
    *,
    body: EnrollmentCreateRequest,
) -> EnrollmentUserEnrollment:
    """Enroll the requesting user in a course: `POST /enrollment/v1/enrollment`.

    See `enrollment_create.sync` for the parameters and the errors it raises.
    """
    from . import enrollment_create

    return enrollment_create.sync(
        body=body,
        client=self._client,
    )


def _enrollment_retrieve(
    self: EnrollmentOperations,
    course_id: str,
) -> EnrollmentUserEnrollment:
    """Get the requesting user's enrollment in a course: `GET /enrollment/v1/enrollment/{course_id}`.

    See `enrollment_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import enrollment_retrieve

    return enrollment_retrieve.sync(
        course_id=course_id,
        client=self._client,
    )


def _enrollment_user_enrollment_retrieve(
    self: EnrollmentOperations,
    username: str,
    course_id: str,
) -> EnrollmentUserEnrollment:
    """Get a user's enrollment in a course: `GET /enrollment/v1/enrollment/{username},{course_id}`.

    See `enrollment_user_enrollment_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import enrollment_user_enrollment_retrieve

    return enrollment_user_enrollment_retrieve.sync(
        username=username,
        course_id=course_id,
        client=self._client,
    )


def _enrollment_enrollments_list(
    self: EnrollmentOperations,
    *,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    course_ids: str | Unset = UNSET,
    email: str | Unset = UNSET,
    course_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
    page: int | Unset = UNSET,
) -> EnrollmentCursorPage:
    """List course enrollments: `GET /enrollment/v1/enrollments/`.

    See `enrollment_enrollments_list.sync` for the parameters and the errors it raises.
    """
    from . import enrollment_enrollments_list

    return enrollment_enrollments_list.sync(
        cursor=cursor,
        page_size=page_size,
        course_ids=course_ids,
        email=email,
        course_id=course_id,
        username=username,
        page=page,
        client=self._client,
    )


def _enrollment_roles_list(
    self: EnrollmentOperations,
    *,
    course_id: str | Unset = UNSET,
) -> EnrollmentRoles:
    """List the requesting user's course roles: `GET /enrollment/v1/roles/`.

    See `enrollment_roles_list.sync` for the parameters and the errors it raises.
    """
    from . import enrollment_roles_list

    return enrollment_roles_list.sync(
        course_id=course_id,
        client=self._client,
    )


def _enrollment_unenroll(
    self: EnrollmentOperations,
    *,
    body: EnrollmentUnenrollRequest,
) -> Any:
    """Unenroll a user from all courses: `POST /enrollment/v1/unenroll/`.

    See `enrollment_unenroll.sync` for the parameters and the errors it raises.
    """
    from . import enrollment_unenroll

    return enrollment_unenroll.sync(
        body=body,
        client=self._client,
    )


async def _async_enrollment_course_retrieve(
    self: AsyncEnrollmentOperations,
    course_id: str,
    *,
    include_expired: str | Unset = UNSET,
) -> EnrollmentCourseDetails:
    """Get a course's enrollment information: `GET /enrollment/v1/course/{course_id}`.

    See `enrollment_course_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import enrollment_course_retrieve

    return await enrollment_course_retrieve.asyncio(
        course_id=course_id,
        include_expired=include_expired,
        client=self._client,
    )


async def _async_enrollment_list(
    self: AsyncEnrollmentOperations,
    *,
    user: str | Unset = UNSET,
) -> list[EnrollmentUserEnrollment]:
    """List a user's course enrollments: `GET /enrollment/v1/enrollment`.

    See `enrollment_list.asyncio` for the parameters and the errors it raises.
    """
    from . import enrollment_list

    return await enrollment_list.asyncio(
        user=user,
        client=self._client,
    )


async def _async_enrollment_create(
    self: AsyncEnrollmentOperations,
    *,
    body: EnrollmentCreateRequest,
) -> EnrollmentUserEnrollment:
    """Enroll the requesting user in a course: `POST /enrollment/v1/enrollment`.

    See `enrollment_create.asyncio` for the parameters and the errors it raises.
    """
    from . import enrollment_create

    return await enrollment_create.asyncio(
        body=body,
        client=self._client,
    )


async def _async_enrollment_retrieve(
    self: AsyncEnrollmentOperations,
    course_id: str,
) -> EnrollmentUserEnrollment:
    """Get the requesting user's enrollment in a course: `GET /enrollment/v1/enrollment/{course_id}`.

    See `enrollment_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import enrollment_retrieve

    return await enrollment_retrieve.asyncio(
        course_id=course_id,
        client=self._client,
    )


async def _async_enrollment_user_enrollment_retrieve(
    self: AsyncEnrollmentOperations,
    username: str,
    course_id: str,
) -> EnrollmentUserEnrollment:
    """Get a user's enrollment in a course: `GET /enrollment/v1/enrollment/{username},{course_id}`.

    See `enrollment_user_enrollment_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import enrollment_user_enrollment_retrieve

    return await enrollment_user_enrollment_retrieve.asyncio(
        username=username,
        course_id=course_id,
        client=self._client,
    )


async def _async_enrollment_enrollments_list(
    self: AsyncEnrollmentOperations,
    *,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    course_ids: str | Unset = UNSET,
    email: str | Unset = UNSET,
    course_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
    page: int | Unset = UNSET,
) -> EnrollmentCursorPage:
    """List course enrollments: `GET /enrollment/v1/enrollments/`.

    See `enrollment_enrollments_list.asyncio` for the parameters and the errors it raises.
    """
    from . import enrollment_enrollments_list

    return await enrollment_enrollments_list.asyncio(
        cursor=cursor,
        page_size=page_size,
        course_ids=course_ids,
        email=email,
        course_id=course_id,
        username=username,
        page=page,
        client=self._client,
    )


async def _async_enrollment_roles_list(
    self: AsyncEnrollmentOperations,
    *,
    course_id: str | Unset = UNSET,
) -> EnrollmentRoles:
    """List the requesting user's course roles: `GET /enrollment/v1/roles/`.

    See `enrollment_roles_list.asyncio` for the parameters and the errors it raises.
    """
    from . import enrollment_roles_list

    return await enrollment_roles_list.asyncio(
        course_id=course_id,
        client=self._client,
    )


async def _async_enrollment_unenroll(
    self: AsyncEnrollmentOperations,
    *,
    body: EnrollmentUnenrollRequest,
) -> Any:
    """Unenroll a user from all courses: `POST /enrollment/v1/unenroll/`.

    See `enrollment_unenroll.asyncio` for the parameters and the errors it raises.
    """
    from . import enrollment_unenroll

    return await enrollment_unenroll.asyncio(
        body=body,
        client=self._client,
    )


class EnrollmentOperations:
    """The enrollment operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    course_retrieve = _enrollment_course_retrieve
    list = _enrollment_list
    create = _enrollment_create
    retrieve = _enrollment_retrieve
    user_enrollment_retrieve = _enrollment_user_enrollment_retrieve
    enrollments_list = _enrollment_enrollments_list
    roles_list = _enrollment_roles_list
    unenroll = _enrollment_unenroll


class AsyncEnrollmentOperations:
    """The enrollment operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    course_retrieve = _async_enrollment_course_retrieve
    list = _async_enrollment_list
    create = _async_enrollment_create
    retrieve = _async_enrollment_retrieve
    user_enrollment_retrieve = _async_enrollment_user_enrollment_retrieve
    enrollments_list = _async_enrollment_enrollments_list
    roles_list = _async_enrollment_roles_list
    unenroll = _async_enrollment_unenroll
