"""The entitlements operations: one module per operation, and `EntitlementsOperations` /
`AsyncEntitlementsOperations`, which bind them to a client (`edx.<api>.entitlements`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast
    from uuid import UUID

    from ...client import AuthenticatedClient, Client
    from ...models.entitlement import Entitlement
    from ...models.entitlement_enrollment_request import EntitlementEnrollmentRequest
    from ...models.entitlement_enrollment_result import EntitlementEnrollmentResult
    from ...models.error_response import ErrorResponse
    from ...models.paginated_entitlement_list import PaginatedEntitlementList
    from ...types import UNSET, Unset


def _entitlements_list(
    self: EntitlementsOperations,
    *,
    uuid: str | Unset = UNSET,
    user: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedEntitlementList:
    """List entitlements: `GET /entitlements/v1/entitlements/`.

    See `entitlements_list.sync` for the parameters and the errors it raises.
    """
    from . import entitlements_list

    return entitlements_list.sync(
        uuid=uuid,
        user=user,
        page=page,
        page_size=page_size,
        client=self._client,
    )


def _entitlements_create(
    self: EntitlementsOperations,
    *,
    body: Entitlement,
) -> Entitlement:
    """Create an entitlement: `POST /entitlements/v1/entitlements/`.

    See `entitlements_create.sync` for the parameters and the errors it raises.
    """
    from . import entitlements_create

    return entitlements_create.sync(
        body=body,
        client=self._client,
    )


def _entitlements_retrieve(
    self: EntitlementsOperations,
    uuid: UUID,
) -> Entitlement:
    """Get an entitlement: `GET /entitlements/v1/entitlements/{uuid}/`.

    See `entitlements_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import entitlements_retrieve

    return entitlements_retrieve.sync(
        uuid=uuid,
        client=self._client,
    )


def _entitlements_update(
    self: EntitlementsOperations,
    uuid: UUID,
    *,
    body: Entitlement,
) -> Entitlement:
    """Replace an entitlement: `PUT /entitlements/v1/entitlements/{uuid}/`.

    See `entitlements_update.sync` for the parameters and the errors it raises.
    """
    from . import entitlements_update

    return entitlements_update.sync(
        uuid=uuid,
        body=body,
        client=self._client,
    )


def _entitlements_delete(
    self: EntitlementsOperations,
    uuid: UUID,
) -> Any:
    """Delete an entitlement: `DELETE /entitlements/v1/entitlements/{uuid}/`.

    See `entitlements_delete.sync` for the parameters and the errors it raises.
    """
    from . import entitlements_delete

    return entitlements_delete.sync(
        uuid=uuid,
        client=self._client,
    )


def _entitlements_partial_update(
    self: EntitlementsOperations,
    uuid: UUID,
    *,
    body: Entitlement,
) -> Entitlement:
    """Update part of an entitlement: `PATCH /entitlements/v1/entitlements/{uuid}/`.

    See `entitlements_partial_update.sync` for the parameters and the errors it raises.
    """
    from . import entitlements_partial_update

    return entitlements_partial_update.sync(
        uuid=uuid,
        body=body,
        client=self._client,
    )


def _entitlements_enrollments_create(
    self: EntitlementsOperations,
    uuid: UUID,
    *,
    body: EntitlementEnrollmentRequest,
) -> EntitlementEnrollmentResult:
    """Enroll in a course run with an entitlement: `POST /entitlements/v1/entitlements/{uuid}/enrollments`.

    See `entitlements_enrollments_create.sync` for the parameters and the errors it raises.
    """
    from . import entitlements_enrollments_create

    return entitlements_enrollments_create.sync(
        uuid=uuid,
        body=body,
        client=self._client,
    )


def _entitlements_enrollments_delete(
    self: EntitlementsOperations,
    uuid: UUID,
    *,
    is_refund: bool | Unset = UNSET,
) -> Any:
    """Unenroll from the course run of an entitlement: `DELETE /entitlements/v1/entitlements/{uuid}/enrollments`.

    See `entitlements_enrollments_delete.sync` for the parameters and the errors it raises.
    """
    from . import entitlements_enrollments_delete

    return entitlements_enrollments_delete.sync(
        uuid=uuid,
        is_refund=is_refund,
        client=self._client,
    )


async def _async_entitlements_list(
    self: AsyncEntitlementsOperations,
    *,
    uuid: str | Unset = UNSET,
    user: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedEntitlementList:
    """List entitlements: `GET /entitlements/v1/entitlements/`.

    See `entitlements_list.asyncio` for the parameters and the errors it raises.
    """
    from . import entitlements_list

    return await entitlements_list.asyncio(
        uuid=uuid,
        user=user,
        page=page,
        page_size=page_size,
        client=self._client,
    )


async def _async_entitlements_create(
    self: AsyncEntitlementsOperations,
    *,
    body: Entitlement,
) -> Entitlement:
    """Create an entitlement: `POST /entitlements/v1/entitlements/`.

    See `entitlements_create.asyncio` for the parameters and the errors it raises.
    """
    from . import entitlements_create

    return await entitlements_create.asyncio(
        body=body,
        client=self._client,
    )


async def _async_entitlements_retrieve(
    self: AsyncEntitlementsOperations,
    uuid: UUID,
) -> Entitlement:
    """Get an entitlement: `GET /entitlements/v1/entitlements/{uuid}/`.

    See `entitlements_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import entitlements_retrieve

    return await entitlements_retrieve.asyncio(
        uuid=uuid,
        client=self._client,
    )


async def _async_entitlements_update(
    self: AsyncEntitlementsOperations,
    uuid: UUID,
    *,
    body: Entitlement,
) -> Entitlement:
    """Replace an entitlement: `PUT /entitlements/v1/entitlements/{uuid}/`.

    See `entitlements_update.asyncio` for the parameters and the errors it raises.
    """
    from . import entitlements_update

    return await entitlements_update.asyncio(
        uuid=uuid,
        body=body,
        client=self._client,
    )


async def _async_entitlements_delete(
    self: AsyncEntitlementsOperations,
    uuid: UUID,
) -> Any:
    """Delete an entitlement: `DELETE /entitlements/v1/entitlements/{uuid}/`.

    See `entitlements_delete.asyncio` for the parameters and the errors it raises.
    """
    from . import entitlements_delete

    return await entitlements_delete.asyncio(
        uuid=uuid,
        client=self._client,
    )


async def _async_entitlements_partial_update(
    self: AsyncEntitlementsOperations,
    uuid: UUID,
    *,
    body: Entitlement,
) -> Entitlement:
    """Update part of an entitlement: `PATCH /entitlements/v1/entitlements/{uuid}/`.

    See `entitlements_partial_update.asyncio` for the parameters and the errors it raises.
    """
    from . import entitlements_partial_update

    return await entitlements_partial_update.asyncio(
        uuid=uuid,
        body=body,
        client=self._client,
    )


async def _async_entitlements_enrollments_create(
    self: AsyncEntitlementsOperations,
    uuid: UUID,
    *,
    body: EntitlementEnrollmentRequest,
) -> EntitlementEnrollmentResult:
    """Enroll in a course run with an entitlement: `POST /entitlements/v1/entitlements/{uuid}/enrollments`.

    See `entitlements_enrollments_create.asyncio` for the parameters and the errors it raises.
    """
    from . import entitlements_enrollments_create

    return await entitlements_enrollments_create.asyncio(
        uuid=uuid,
        body=body,
        client=self._client,
    )


async def _async_entitlements_enrollments_delete(
    self: AsyncEntitlementsOperations,
    uuid: UUID,
    *,
    is_refund: bool | Unset = UNSET,
) -> Any:
    """Unenroll from the course run of an entitlement: `DELETE /entitlements/v1/entitlements/{uuid}/enrollments`.

    See `entitlements_enrollments_delete.asyncio` for the parameters and the errors it raises.
    """
    from . import entitlements_enrollments_delete

    return await entitlements_enrollments_delete.asyncio(
        uuid=uuid,
        is_refund=is_refund,
        client=self._client,
    )


class EntitlementsOperations:
    """The entitlements operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    list = _entitlements_list
    create = _entitlements_create
    retrieve = _entitlements_retrieve
    update = _entitlements_update
    delete = _entitlements_delete
    partial_update = _entitlements_partial_update
    enrollments_create = _entitlements_enrollments_create
    enrollments_delete = _entitlements_enrollments_delete


class AsyncEntitlementsOperations:
    """The entitlements operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    list = _async_entitlements_list
    create = _async_entitlements_create
    retrieve = _async_entitlements_retrieve
    update = _async_entitlements_update
    delete = _async_entitlements_delete
    partial_update = _async_entitlements_partial_update
    enrollments_create = _async_entitlements_enrollments_create
    enrollments_delete = _async_entitlements_enrollments_delete
