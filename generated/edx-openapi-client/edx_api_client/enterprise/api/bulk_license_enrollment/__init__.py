"""The bulk_license_enrollment operations: one module per operation, and `BulkLicenseEnrollmentOperations` /
`AsyncBulkLicenseEnrollmentOperations`, which bind them to a client (`edx.<api>.bulk_license_enrollment`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast
    from uuid import UUID

    from ...client import AuthenticatedClient, Client
    from ...models.bulk_license_enrollment_request import BulkLicenseEnrollmentRequest
    from ...models.bulk_license_enrollment_response import BulkLicenseEnrollmentResponse
    from ...models.error_response import ErrorResponse
    from ...types import UNSET, Unset


def _bulk_license_enrollment_create(
    self: BulkLicenseEnrollmentOperations,
    *,
    body: BulkLicenseEnrollmentRequest,
    subscription_uuid: UUID | Unset = UNSET,
    enroll_all: bool | Unset = UNSET,
    enterprise_customer_uuid: UUID,
) -> BulkLicenseEnrollmentResponse:
    """Enroll learners in courses in bulk: `POST /enterprise/v1/bulk-license-enrollment`.

    See `bulk_license_enrollment_create.sync` for the parameters and the errors it raises.
    """
    from . import bulk_license_enrollment_create

    return bulk_license_enrollment_create.sync(
        body=body,
        subscription_uuid=subscription_uuid,
        enroll_all=enroll_all,
        enterprise_customer_uuid=enterprise_customer_uuid,
        client=self._client,
    )


async def _async_bulk_license_enrollment_create(
    self: AsyncBulkLicenseEnrollmentOperations,
    *,
    body: BulkLicenseEnrollmentRequest,
    subscription_uuid: UUID | Unset = UNSET,
    enroll_all: bool | Unset = UNSET,
    enterprise_customer_uuid: UUID,
) -> BulkLicenseEnrollmentResponse:
    """Enroll learners in courses in bulk: `POST /enterprise/v1/bulk-license-enrollment`.

    See `bulk_license_enrollment_create.asyncio` for the parameters and the errors it raises.
    """
    from . import bulk_license_enrollment_create

    return await bulk_license_enrollment_create.asyncio(
        body=body,
        subscription_uuid=subscription_uuid,
        enroll_all=enroll_all,
        enterprise_customer_uuid=enterprise_customer_uuid,
        client=self._client,
    )


class BulkLicenseEnrollmentOperations:
    """The bulk_license_enrollment operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    create = _bulk_license_enrollment_create


class AsyncBulkLicenseEnrollmentOperations:
    """The bulk_license_enrollment operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    create = _async_bulk_license_enrollment_create
