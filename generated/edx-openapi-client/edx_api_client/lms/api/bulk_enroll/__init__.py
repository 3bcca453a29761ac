"""The bulk_enroll operations: one module per operation, and `BulkEnrollOperations` /
`AsyncBulkEnrollOperations`, which bind them to a client (`edx.<api>.bulk_enroll`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...client import AuthenticatedClient, Client
    from ...models.bulk_enroll_request import BulkEnrollRequest
    from ...models.bulk_enroll_response import BulkEnrollResponse
    from ...models.error_response import ErrorResponse


def _bulk_enroll_create(
    self: BulkEnrollOperations,
    *,
    body: BulkEnrollRequest,
) -> BulkEnrollResponse:
    """Enroll or unenroll users in bulk: `POST /bulk_enroll/v1/bulk_enroll`.

    See `bulk_enroll_create.sync` for the parameters and the errors it raises.
    """
    from . import bulk_enroll_create

    return bulk_enroll_create.sync(
        body=body,
        client=self._client,
    )


async def _async_bulk_enroll_create(
    self: AsyncBulkEnrollOperations,
    *,
    body: BulkEnrollRequest,
) -> BulkEnrollResponse:
    """Enroll or unenroll users in bulk: `POST /bulk_enroll/v1/bulk_enroll`.

    See `bulk_enroll_create.asyncio` for the parameters and the errors it raises.
    """
    from . import bulk_enroll_create

    return await bulk_enroll_create.asyncio(
        body=body,
        client=self._client,
    )


class BulkEnrollOperations:
    """The bulk_enroll operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    create = _bulk_enroll_create


class AsyncBulkEnrollOperations:
    """The bulk_enroll operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    create = _async_bulk_enroll_create
