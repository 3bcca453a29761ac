"""The cohorts operations: one module per operation, and `CohortsOperations` /
`AsyncCohortsOperations`, which bind them to a client (`edx.<api>.cohorts`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...client import AuthenticatedClient, Client
    from ...models.cohort import Cohort
    from ...models.cohort_create_request import CohortCreateRequest
    from ...models.cohort_settings import CohortSettings
    from ...models.cohort_settings_update_request import CohortSettingsUpdateRequest
    from ...models.cohort_update_request import CohortUpdateRequest
    from ...models.cohort_users_add_request import CohortUsersAddRequest
    from ...models.cohort_users_add_result import CohortUsersAddResult
    from ...models.cohorts_assignments_upload import CohortsAssignmentsUpload
    from ...models.error_response import ErrorResponse
    from ...models.paginated_cohort_user_list import PaginatedCohortUserList
    from ...types import UNSET, Unset


def _cohorts_list(
    self: CohortsOperations,
    course_key_string: str,
    *,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> list[Cohort]:
    """List the cohorts of a course: `GET /cohorts/v1/courses/{course_key_string}/cohorts/`.

    See `cohorts_list.sync` for the parameters and the errors it raises.
    """
    from . import cohorts_list

    return cohorts_list.sync(
        course_key_string=course_key_string,
        ordering=ordering,
        page=page,
        page_size=page_size,
        client=self._client,
    )


def _cohorts_create(
    self: CohortsOperations,
    course_key_string: str,
    *,
    body: CohortCreateRequest,
) -> Cohort:
    """Create a cohort: `POST /cohorts/v1/courses/{course_key_string}/cohorts/`.

    See `cohorts_create.sync` for the parameters and the errors it raises.
    """
    from . import cohorts_create

    return cohorts_create.sync(
        course_key_string=course_key_string,
        body=body,
        client=self._client,
    )


def _cohorts_retrieve(
    self: CohortsOperations,
    course_key_string: str,
    cohort_id: str,
) -> Cohort:
    """Get a cohort: `GET /cohorts/v1/courses/{course_key_string}/cohorts/{cohort_id}`.

    See `cohorts_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import cohorts_retrieve

    return cohorts_retrieve.sync(
        course_key_string=course_key_string,
        cohort_id=cohort_id,
        client=self._client,
    )


def _cohorts_partial_update(
    self: CohortsOperations,
    course_key_string: str,
    cohort_id: str,
    *,
    body: CohortUpdateRequest,
) -> Any:
    """Change a cohort: `PATCH /cohorts/v1/courses/{course_key_string}/cohorts/{cohort_id}`.

    See `cohorts_partial_update.sync` for the parameters and the errors it raises.
    """
    from . import cohorts_partial_update

    return cohorts_partial_update.sync(
        course_key_string=course_key_string,
        cohort_id=cohort_id,
        body=body,
        client=self._client,
    )


def _cohorts_users_retrieve(
    self: CohortsOperations,
    course_key_string: str,
    cohort_id: str,
    username: str,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedCohortUserList:
    """Get a member of a cohort: `GET /cohorts/v1/courses/{course_key_string}/cohorts/{cohort_id}/users/{username}`.

    See `cohorts_users_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import cohorts_users_retrieve

    return cohorts_users_retrieve.sync(
        course_key_string=course_key_string,
        cohort_id=cohort_id,
        username=username,
        page=page,
        page_size=page_size,
        client=self._client,
    )


def _cohorts_users_add(
    self: CohortsOperations,
    course_key_string: str,
    cohort_id: str,
    username: str,
    *,
    body: CohortUsersAddRequest | Unset = UNSET,
) -> CohortUsersAddResult:
    """Add a user to a cohort: `POST /cohorts/v1/courses/{course_key_string}/cohorts/{cohort_id}/users/{username}`.

    See `cohorts_users_add.sync` for the parameters and the errors it raises.
    """
    from . import cohorts_users_add

    return cohorts_users_add.sync(
        course_key_string=course_key_string,
        cohort_id=cohort_id,
        username=username,
        body=body,
        client=self._client,
    )


def _cohorts_users_remove(
    self: CohortsOperations,
    course_key_string: str,
    cohort_id: str,
    username: str,
) -> Any:
    """Remove a user from a cohort: `DELETE /cohorts/v1/courses/{course_key_string}/cohorts/{cohort_id}/users/{username}`.

    See `cohorts_users_remove.sync` for the parameters and the errors it raises.
    """
    from . import cohorts_users_remove

    return cohorts_users_remove.sync(
        course_key_string=course_key_string,
        cohort_id=cohort_id,
        username=username,
        client=self._client,
    )


def _cohorts_users_upload(
    self: CohortsOperations,
    course_key_string: str,
    *,
    body: CohortsAssignmentsUpload,
) -> Any:
    """Upload cohort assignments: `POST /cohorts/v1/courses/{course_key_string}/users`.

    See `cohorts_users_upload.sync` for the parameters and the errors it raises.
    """
    from . import cohorts_users_upload

    return cohorts_users_upload.sync(
        course_key_string=course_key_string,
        body=body,
        client=self._client,
    )


def _cohorts_settings_retrieve(
    self: CohortsOperations,
    course_key_string: str,
) -> CohortSettings:
    """Get a course's cohort settings: `GET /cohorts/v1/settings/{course_key_string}`.

    See `cohorts_settings_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import cohorts_settings_retrieve

    return cohorts_settings_retrieve.sync(
        course_key_string=course_key_string,
        client=self._client,
    )


def _cohorts_settings_update(
    self: CohortsOperations,
    course_key_string: str,
    *,
    body: CohortSettingsUpdateRequest,
) -> CohortSettings:
    """Set a course's cohort settings: `PUT /cohorts/v1/settings/{course_key_string}`.

    See `cohorts_settings_update.sync` for the parameters and the errors it raises.
    """
    from . import cohorts_settings_update

    return cohorts_settings_update.sync(
        course_key_string=course_key_string,
        body=body,
        client=self._client,
    )


async def _async_cohorts_list(
    self: AsyncCohortsOperations,
    course_key_string: str,
    *,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> list[Cohort]:
    """List the cohorts of a course: `GET /cohorts/v1/courses/{course_key_string}/cohorts/`.

    See `cohorts_list.asyncio` for the parameters and the errors it raises.
    """
    from . import cohorts_list

    return await cohorts_list.asyncio(
        course_key_string=course_key_string,
        ordering=ordering,
        page=page,
        page_size=page_size,
        client=self._client,
    )


async def _async_cohorts_create(
    self: AsyncCohortsOperations,
    course_key_string: str,
    *,
    body: CohortCreateRequest,
) -> Cohort:
    """Create a cohort: `POST /cohorts/v1/courses/{course_key_string}/cohorts/`.

    See `cohorts_create.asyncio` for the parameters and the errors it raises.
    """
    from . import cohorts_create

    return await cohorts_create.asyncio(
        course_key_string=course_key_string,
        body=body,
        client=self._client,
    )


async def _async_cohorts_retrieve(
    self: AsyncCohortsOperations,
    course_key_string: str,
    cohort_id: str,
) -> Cohort:
    """Get a cohort: `GET /cohorts/v1/courses/{course_key_string}/cohorts/{cohort_id}`.

    See `cohorts_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import cohorts_retrieve

    return await cohorts_retrieve.asyncio(
        course_key_string=course_key_string,
        cohort_id=cohort_id,
        client=self._client,
    )


async def _async_cohorts_partial_update(
    self: AsyncCohortsOperations,
    course_key_string: str,
    cohort_id: str,
    *,
    body: CohortUpdateRequest,
) -> Any:
    """Change a cohort: `PATCH /cohorts/v1/courses/{course_key_string}/cohorts/{cohort_id}`.

    See `cohorts_partial_update.asyncio` for the parameters and the errors it raises.
    """
    from . import cohorts_partial_update

    return await cohorts_partial_update.asyncio(
        course_key_string=course_key_string,
        cohort_id=cohort_id,
        body=body,
        client=self._client,
    )


async def _async_cohorts_users_retrieve(
    self: AsyncCohortsOperations,
    course_key_string: str,
    cohort_id: str,
    username: str,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedCohortUserList:
    """Get a member of a cohort: `GET /cohorts/v1/courses/{course_key_string}/cohorts/{cohort_id}/users/{username}`.

    See `cohorts_users_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import cohorts_users_retrieve

    return await cohorts_users_retrieve.asyncio(
        course_key_string=course_key_string,
        cohort_id=cohort_id,
        username=username,
        page=page,
        page_size=page_size,
        client=self._client,
    )


async def _async_cohorts_users_add(
    self: AsyncCohortsOperations,
    course_key_string: str,
    cohort_id: str,
    username: str,
    *,
    body: CohortUsersAddRequest | Unset = UNSET,
) -> CohortUsersAddResult:
    """Add a user to a cohort: `POST /cohorts/v1/courses/{course_key_string}/cohorts/{cohort_id}/users/{username}`.

    See `cohorts_users_add.asyncio` for the parameters and the errors it raises.
    """
    from . import cohorts_users_add

    return await cohorts_users_add.asyncio(
        course_key_string=course_key_string,
        cohort_id=cohort_id,
        username=username,
        body=body,
        client=self._client,
    )


async def _async_cohorts_users_remove(
    self: AsyncCohortsOperations,
    course_key_string: str,
    cohort_id: str,
    username: str,
) -> Any:
    """Remove a user from a cohort: `DELETE /cohorts/v1/courses/{course_key_string}/cohorts/{cohort_id}/users/{username}`.

    See `cohorts_users_remove.asyncio` for the parameters and the errors it raises.
    """
    from . import cohorts_users_remove

    return await cohorts_users_remove.asyncio(
        course_key_string=course_key_string,
        cohort_id=cohort_id,
        username=username,
        client=self._client,
    )


async def _async_cohorts_users_upload(
    self: AsyncCohortsOperations,
    course_key_string: str,
    *,
    body: CohortsAssignmentsUpload,
) -> Any:
    """Upload cohort assignments: `POST /cohorts/v1/courses/{course_key_string}/users`.

    See `cohorts_users_upload.asyncio` for the parameters and the errors it raises.
    """
    from . import cohorts_users_upload

    return await cohorts_users_upload.asyncio(
        course_key_string=course_key_string,
        body=body,
        client=self._client,
    )


async def _async_cohorts_settings_retrieve(
    self: AsyncCohortsOperations,
    course_key_string: str,
) -> CohortSettings:
    """Get a course's cohort settings: `GET /cohorts/v1/settings/{course_key_string}`.

    See `cohorts_settings_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import cohorts_settings_retrieve

    return await cohorts_settings_retrieve.asyncio(
        course_key_string=course_key_string,
        client=self._client,
    )


async def _async_cohorts_settings_update(
    self: AsyncCohortsOperations,
    course_key_string: str,
    *,
    body: CohortSettingsUpdateRequest,
) -> CohortSettings:
    """Set a course's cohort settings: `PUT /cohorts/v1/settings/{course_key_string}`.

    See `cohorts_settings_update.asyncio` for the parameters and the errors it raises.
    """
    from . import cohorts_settings_update

    return await cohorts_settings_update.asyncio(
        course_key_string=course_key_string,
        body=body,
        client=self._client,
    )


class CohortsOperations:
    """The cohorts operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    list = _cohorts_list
    create = _cohorts_create
    retrieve = _cohorts_retrieve
    partial_update = _cohorts_partial_update
    users_retrieve = _cohorts_users_retrieve
    users_add = _cohorts_users_add
    users_remove = _cohorts_users_remove
    users_upload = _cohorts_users_upload
    settings_retrieve = _cohorts_settings_retrieve
    settings_update = _cohorts_settings_update


class AsyncCohortsOperations:
    """The cohorts operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    list = _async_cohorts_list
    create = _async_cohorts_create
    retrieve = _async_cohorts_retrieve
    partial_update = _async_cohorts_partial_update
    users_retrieve = _async_cohorts_users_retrieve
    users_add = _async_cohorts_users_add
    users_remove = _async_cohorts_users_remove
    users_upload = _async_cohorts_users_upload
    settings_retrieve = _async_cohorts_settings_retrieve
    settings_update = _async_cohorts_settings_update
