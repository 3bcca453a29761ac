"""The agreements operations: one module per operation, and `AgreementsOperations` /
`AsyncAgreementsOperations`, which bind them to a client (`edx.<api>.agreements`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...client import AuthenticatedClient, Client
    from ...models.agreements_integrity_signature import AgreementsIntegritySignature
    from ...models.error_response import ErrorResponse
    from ...types import UNSET, Unset


def _agreements_integrity_signature_retrieve(
    self: AgreementsOperations,
    course_id: str,
    *,
    username: str | Unset = UNSET,
) -> AgreementsIntegritySignature:
    """Retrieve an integrity signature: `GET /agreements/v1/integrity_signature/{course_id}`.

    See `agreements_integrity_signature_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import agreements_integrity_signature_retrieve

    return agreements_integrity_signature_retrieve.sync(
        course_id=course_id,
        username=username,
        client=self._client,
    )


def _agreements_integrity_signature_create(
    self: AgreementsOperations,
    course_id: str,
) -> AgreementsIntegritySignature:
    """Sign the integrity agreement of a course: `POST /agreements/v1/integrity_signature/{course_id}`.

    See `agreements_integrity_signature_create.sync` for the parameters and the errors it raises.
    """
    from . import agreements_integrity_signature_create

    return agreements_integrity_signature_create.sync(
        course_id=course_id,
        client=self._client,
    )


async def _async_agreements_integrity_signature_retrieve(
    self: AsyncAgreementsOperations,
    course_id: str,
    *,
    username: str | Unset = UNSET,
) -> AgreementsIntegritySignature:
    """Retrieve an integrity signature: `GET /agreements/v1/integrity_signature/{course_id}`.

    See `agreements_integrity_signature_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import agreements_integrity_signature_retrieve

    return await agreements_integrity_signature_retrieve.asyncio(
        course_id=course_id,
        username=username,
        client=self._client,
    )


async def _async_agreements_integrity_signature_create(
    self: AsyncAgreementsOperations,
    course_id: str,
) -> AgreementsIntegritySignature:
    """Sign the integrity agreement of a course: `POST /agreements/v1/integrity_signature/{course_id}`.

    See `agreements_integrity_signature_create.asyncio` for the parameters and the errors it raises.
    """
    from . import agreements_integrity_signature_create

    return await agreements_integrity_signature_create.asyncio(
        course_id=course_id,
        client=self._client,
    )


class AgreementsOperations:
    """The agreements operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    integrity_signature_retrieve = _agreements_integrity_signature_retrieve
    integrity_signature_create = _agreements_integrity_signature_create


class AsyncAgreementsOperations:
    """The agreements operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    integrity_signature_retrieve = _async_agreements_integrity_signature_retrieve
    integrity_signature_create = _async_agreements_integrity_signature_create
