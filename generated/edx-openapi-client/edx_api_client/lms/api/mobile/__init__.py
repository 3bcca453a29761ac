"""The mobile operations: one module per operation, and `MobileOperations` /
`AsyncMobileOperations`, which bind them to a client (`edx.<api>.mobile`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.mobile_course_enrollment import MobileCourseEnrollment
    from ...models.mobile_course_handouts import MobileCourseHandouts
    from ...models.mobile_course_status import MobileCourseStatus
    from ...models.mobile_course_status_update import MobileCourseStatusUpdate
    from ...models.mobile_course_update import MobileCourseUpdate
    from ...models.mobile_record_user_activity_request import (
        MobileRecordUserActivityRequest,
    )
    from ...models.mobile_user import MobileUser
    from ...models.mobile_user_course_enrollments import MobileUserCourseEnrollments
    from ...types import UNSET, Unset


def _mobile_course_info_record_user_activity(
    self: MobileOperations,
    api_version: str,
    *,
    body: MobileRecordUserActivityRequest | Unset = UNSET,
) -> Any:
    """Record user activity: `POST /mobile/{api_version}/course_info/record_user_activity`.

    See `mobile_course_info_record_user_activity.sync` for the parameters and the errors it raises.
    """
    from . import mobile_course_info_record_user_activity

    return mobile_course_info_record_user_activity.sync(
        api_version=api_version,
        body=body,
        client=self._client,
    )


def _mobile_course_info_handouts_retrieve(
    self: MobileOperations,
    api_version: str,
    course_id: str,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> MobileCourseHandouts:
    """Get a course's handouts: `GET /mobile/{api_version}/course_info/{course_id}/handouts`.

    See `mobile_course_info_handouts_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import mobile_course_info_handouts_retrieve

    return mobile_course_info_handouts_retrieve.sync(
        api_version=api_version,
        course_id=course_id,
        page=page,
        page_size=page_size,
        client=self._client,
    )


def _mobile_course_info_updates_list(
    self: MobileOperations,
    api_version: str,
    course_id: str,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> list[MobileCourseUpdate]:
    """List a course's updates: `GET /mobile/{api_version}/course_info/{course_id}/updates`.

    See `mobile_course_info_updates_list.sync` for the parameters and the errors it raises.
    """
    from . import mobile_course_info_updates_list

    return mobile_course_info_updates_list.sync(
        api_version=api_version,
        course_id=course_id,
        page=page,
        page_size=page_size,
        client=self._client,
    )


def _mobile_my_user_info_retrieve(
    self: MobileOperations,
    api_version: str,
) -> MobileUser:
    """Go to the signed-in user's info: `GET /mobile/{api_version}/my_user_info`.

    See `mobile_my_user_info_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import mobile_my_user_info_retrieve

    return mobile_my_user_info_retrieve.sync(
        api_version=api_version,
        client=self._client,
    )


def _mobile_users_retrieve(
    self: MobileOperations,
    api_version: str,
    username: str,
) -> MobileUser:
    """Get a user's info: `GET /mobile/{api_version}/users/{username}`.

    See `mobile_users_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import mobile_users_retrieve

    return mobile_users_retrieve.sync(
        api_version=api_version,
        username=username,
        client=self._client,
    )


def _mobile_users_course_enrollments_list(
    self: MobileOperations,
    api_version: str,
    username: str,
) -> list[MobileCourseEnrollment] | MobileUserCourseEnrollments:
    """List a user's course enrollments: `GET /mobile/{api_version}/users/{username}/course_enrollments/`.

    See `mobile_users_course_enrollments_list.sync` for the parameters and the errors it raises.
    """
    from . import mobile_users_course_enrollments_list

    return mobile_users_course_enrollments_list.sync(
        api_version=api_version,
        username=username,
        client=self._client,
    )


def _mobile_users_course_status_info_retrieve(
    self: MobileOperations,
    api_version: str,
    username: str,
    course_id: str,
) -> MobileCourseStatus:
    """Get the user's last visited module: `GET /mobile/{api_version}/users/{username}/course_status_info/{course_id}`.

    See `mobile_users_course_status_info_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import mobile_users_course_status_info_retrieve

    return mobile_users_course_status_info_retrieve.sync(
        api_version=api_version,
        username=username,
        course_id=course_id,
        client=self._client,
    )


def _mobile_users_course_status_info_partial_update(
    self: MobileOperations,
    api_version: str,
    username: str,
    course_id: str,
    *,
    body: MobileCourseStatusUpdate | Unset = UNSET,
) -> MobileCourseStatus:
    """Update the user's last visited module: `PATCH /mobile/{api_version}/users/{username}/course_status_info/{course_id}`.

    See `mobile_users_course_status_info_partial_update.sync` for the parameters and the errors it raises.
    """
    from . import mobile_users_course_status_info_partial_update

    return mobile_users_course_status_info_partial_update.sync(
        api_version=api_version,
        username=username,
        course_id=course_id,
        body=body,
        client=self._client,
    )


async def _async_mobile_course_info_record_user_activity(
    self: AsyncMobileOperations,
    api_version: str,
    *,
    body: MobileRecordUserActivityRequest | Unset = UNSET,
) -> Any:
    """Record user activity: `POST /mobile/{api_version}/course_info/record_user_activity`.

    See `mobile_course_info_record_user_activity.asyncio` for the parameters and the errors it raises.
    """
    from . import mobile_course_info_record_user_activity

    return await mobile_course_info_record_user_activity.asyncio(
        api_version=api_version,
        body=body,
        client=self._client,
    )


async def _async_mobile_course_info_handouts_retrieve(
    self: AsyncMobileOperations,
    api_version: str,
    course_id: str,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> MobileCourseHandouts:
    """Get a course's handouts: `GET /mobile/{api_version}/course_info/{course_id}/handouts`.

    See `mobile_course_info_handouts_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import mobile_course_info_handouts_retrieve

    return await mobile_course_info_handouts_retrieve.asyncio(
        api_version=api_version,
        course_id=course_id,
        page=page,
        page_size=page_size,
        client=self._client,
    )


async def _async_mobile_course_info_updates_list(
    self: AsyncMobileOperations,
    api_version: str,
    course_id: str,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> list[MobileCourseUpdate]:
    """List a course's updates: `GET /mobile/{api_version}/course_info/{course_id}/updates`.

    See `mobile_course_info_updates_list.asyncio` for the parameters and the errors it raises.
    """
    from . import mobile_course_info_updates_list

    return await mobile_course_info_updates_list.asyncio(
        api_version=api_version,
        course_id=course_id,
        page=page,
        page_size=page_size,
        client=self._client,
    )


async def _async_mobile_my_user_info_retrieve(
    self: AsyncMobileOperations,
    api_version: str,
) -> MobileUser:
    """Go to the signed-in user's info: `GET /mobile/{api_version}/my_user_info`.

    See `mobile_my_user_info_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import mobile_my_user_info_retrieve

    return await mobile_my_user_info_retrieve.asyncio(
        api_version=api_version,
        client=self._client,
    )


async def _async_mobile_users_retrieve(
    self: AsyncMobileOperations,
    api_version: str,
    username: str,
) -> MobileUser:
    """Get a user's info: `GET /mobile/{api_version}/users/{username}`.

    See `mobile_users_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import mobile_users_retrieve

    return await mobile_users_retrieve.asyncio(
        api_version=api_version,
        username=username,
        client=self._client,
    )


async def _async_mobile_users_course_enrollments_list(
    self: AsyncMobileOperations,
    api_version: str,
    username: str,
) -> list[MobileCourseEnrollment] | MobileUserCourseEnrollments:
    """List a user's course enrollments: `GET /mobile/{api_version}/users/{username}/course_enrollments/`.

    See `mobile_users_course_enrollments_list.asyncio` for the parameters and the errors it raises.
    """
    from . import mobile_users_course_enrollments_list

    return await mobile_users_course_enrollments_list.asyncio(
        api_version=api_version,
        username=username,
        client=self._client,
    )


async def _async_mobile_users_course_status_info_retrieve(
    self: AsyncMobileOperations,
    api_version: str,
    username: str,
    course_id: str,
) -> MobileCourseStatus:
    """Get the user's last visited module: `GET /mobile/{api_version}/users/{username}/course_status_info/{course_id}`.

    See `mobile_users_course_status_info_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import mobile_users_course_status_info_retrieve

    return await mobile_users_course_status_info_retrieve.asyncio(
        api_version=api_version,
        username=username,
        course_id=course_id,
        client=self._client,
    )


async def _async_mobile_users_course_status_info_partial_update(
    self: AsyncMobileOperations,
    api_version: str,
    username: str,
    course_id: str,
    *,
    body: MobileCourseStatusUpdate | Unset = UNSET,
) -> MobileCourseStatus:
    """Update the user's last visited module: `PATCH /mobile/{api_version}/users/{username}/course_status_info/{course_id}`.

    See `mobile_users_course_status_info_partial_update.asyncio` for the parameters and the errors it raises.
    """
    from . import mobile_users_course_status_info_partial_update

    return await mobile_users_course_status_info_partial_update.asyncio(
        api_version=api_version,
        username=username,
        course_id=course_id,
        body=body,
        client=self._client,
    )


class MobileOperations:
    """The mobile operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    course_info_record_user_activity = _mobile_course_info_record_user_activity
    course_info_handouts_retrieve = _mobile_course_info_handouts_retrieve
    course_info_updates_list = _mobile_course_info_updates_list
    my_user_info_retrieve = _mobile_my_user_info_retrieve
    users_retrieve = _mobile_users_retrieve
    users_course_enrollments_list = _mobile_users_course_enrollments_list
    users_course_status_info_retrieve = _mobile_users_course_status_info_retrieve
    users_course_status_info_partial_update = (
        _mobile_users_course_status_info_partial_update
    )


class AsyncMobileOperations:
    """The mobile operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    course_info_record_user_activity = _async_mobile_course_info_record_user_activity
    course_info_handouts_retrieve = _async_mobile_course_info_handouts_retrieve
    course_info_updates_list = _async_mobile_course_info_updates_list
    my_user_info_retrieve = _async_mobile_my_user_info_retrieve
    users_retrieve = _async_mobile_users_retrieve
    users_course_enrollments_list = _async_mobile_users_course_enrollments_list
    users_course_status_info_retrieve = _async_mobile_users_course_status_info_retrieve
    users_course_status_info_partial_update = (
        _async_mobile_users_course_status_info_partial_update
    )
