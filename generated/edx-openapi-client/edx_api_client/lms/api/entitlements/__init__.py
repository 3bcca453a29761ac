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
    from ...models.entitlement_unenroll_request import EntitlementUnenrollRequest
    from ...models.error_response import ErrorResponse
    from ...models.paginated_entitlement_list import PaginatedEntitlementList
    from ...types import UNSET, Unset


class EntitlementsOperations:
    """The entitlements operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def list(
        self,
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

    def create(
        self,
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

    def retrieve(
        self,
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

    def update(
        self,
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

    def delete(
        self,
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

    def partial_update(
        self,
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

    def enrollments_create(
        self,
        uuid: UUID,
        *,
        body: EntitlementEnrollmentRequest,
    ) -> Any:
        """Enroll in a course run with an entitlement: `POST /entitlements/v1/entitlements/{uuid}/enrollments`.

        See `entitlements_enrollments_create.sync` for the parameters and the errors it raises.
        """
        from . import entitlements_enrollments_create

        return entitlements_enrollments_create.sync(
            uuid=uuid,
            body=body,
            client=self._client,
        )

    def enrollments_delete(
        self,
        uuid: UUID,
        *,
        body: EntitlementUnenrollRequest | Unset = UNSET,
    ) -> Any:
        """Unenroll from the course run of an entitlement: `DELETE /entitlements/v1/entitlements/{uuid}/enrollments`.

        See `entitlements_enrollments_delete.sync` for the parameters and the errors it raises.
        """
        from . import entitlements_enrollments_delete

        return entitlements_enrollments_delete.sync(
            uuid=uuid,
            body=body,
            client=self._client,
        )


class AsyncEntitlementsOperations:
    """The entitlements operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def list(
        self,
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

    async def create(
        self,
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

    async def retrieve(
        self,
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

    async def update(
        self,
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

    async def delete(
        self,
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

    async def partial_update(
        self,
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

    async def enrollments_create(
        self,
        uuid: UUID,
        *,
        body: EntitlementEnrollmentRequest,
    ) -> Any:
        """Enroll in a course run with an entitlement: `POST /entitlements/v1/entitlements/{uuid}/enrollments`.

        See `entitlements_enrollments_create.asyncio` for the parameters and the errors it raises.
        """
        from . import entitlements_enrollments_create

        return await entitlements_enrollments_create.asyncio(
            uuid=uuid,
            body=body,
            client=self._client,
        )

    async def enrollments_delete(
        self,
        uuid: UUID,
        *,
        body: EntitlementUnenrollRequest | Unset = UNSET,
    ) -> Any:
        """Unenroll from the course run of an entitlement: `DELETE /entitlements/v1/entitlements/{uuid}/enrollments`.

        See `entitlements_enrollments_delete.asyncio` for the parameters and the errors it raises.
        """
        from . import entitlements_enrollments_delete

        return await entitlements_enrollments_delete.asyncio(
            uuid=uuid,
            body=body,
            client=self._client,
        )
