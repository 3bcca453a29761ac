"""The licenses operations: one module per operation, and `LicensesOperations` /
`AsyncLicensesOperations`, which bind them to a client (`edx.<api>.licenses`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast
    from uuid import UUID

    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.license_assign_request import LicenseAssignRequest
    from ...models.license_assign_response import LicenseAssignResponse
    from ...models.license_bulk_revoke_failure import LicenseBulkRevokeFailure
    from ...models.license_bulk_revoke_request import LicenseBulkRevokeRequest
    from ...models.license_bulk_revoke_result import LicenseBulkRevokeResult


def _licenses_assign(
    self: LicensesOperations,
    subscription_plan_uuid: UUID,
    *,
    body: LicenseAssignRequest,
) -> LicenseAssignResponse:
    """Assign licenses to users: `POST /enterprise/v1/subscriptions/{subscription_plan_uuid}/licenses/assign`.

    See `licenses_assign.sync` for the parameters and the errors it raises.
    """
    from . import licenses_assign

    return licenses_assign.sync(
        subscription_plan_uuid=subscription_plan_uuid,
        body=body,
        client=self._client,
    )


def _licenses_bulk_revoke(
    self: LicensesOperations,
    subscription_plan_uuid: UUID,
    *,
    body: LicenseBulkRevokeRequest,
) -> LicenseBulkRevokeResult:
    """Revoke licenses in bulk: `POST /enterprise/v1/subscriptions/{subscription_plan_uuid}/licenses/bulk-revoke`.

    See `licenses_bulk_revoke.sync` for the parameters and the errors it raises.
    """
    from . import licenses_bulk_revoke

    return licenses_bulk_revoke.sync(
        subscription_plan_uuid=subscription_plan_uuid,
        body=body,
        client=self._client,
    )


async def _async_licenses_assign(
    self: AsyncLicensesOperations,
    subscription_plan_uuid: UUID,
    *,
    body: LicenseAssignRequest,
) -> LicenseAssignResponse:
    """Assign licenses to users: `POST /enterprise/v1/subscriptions/{subscription_plan_uuid}/licenses/assign`.

    See `licenses_assign.asyncio` for the parameters and the errors it raises.
    """
    from . import licenses_assign

    return await licenses_assign.asyncio(
        subscription_plan_uuid=subscription_plan_uuid,
        body=body,
        client=self._client,
    )


async def _async_licenses_bulk_revoke(
    self: AsyncLicensesOperations,
    subscription_plan_uuid: UUID,
    *,
    body: LicenseBulkRevokeRequest,
) -> LicenseBulkRevokeResult:
    """Revoke licenses in bulk: `POST /enterprise/v1/subscriptions/{subscription_plan_uuid}/licenses/bulk-revoke`.

    See `licenses_bulk_revoke.asyncio` for the parameters and the errors it raises.
    """
    from . import licenses_bulk_revoke

    return await licenses_bulk_revoke.asyncio(
        subscription_plan_uuid=subscription_plan_uuid,
        body=body,
        client=self._client,
    )


class LicensesOperations:
    """The licenses operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    assign = _licenses_assign
    bulk_revoke = _licenses_bulk_revoke


class AsyncLicensesOperations:
    """The licenses operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    assign = _async_licenses_assign
    bulk_revoke = _async_licenses_bulk_revoke
