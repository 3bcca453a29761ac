"""The certificates operations: one module per operation, and `CertificatesOperations` /
`AsyncCertificatesOperations`, which bind them to a client (`edx.<api>.certificates`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...client import AuthenticatedClient, Client
    from ...models.certificate import Certificate
    from ...models.error_response import ErrorResponse


def _certificates_user_certificates_list(
    self: CertificatesOperations,
    username: str,
) -> list[Certificate]:
    """List a user's certificates: `GET /certificates/v0/certificates/{username}/`.

    See `certificates_user_certificates_list.sync` for the parameters and the errors it raises.
    """
    from . import certificates_user_certificates_list

    return certificates_user_certificates_list.sync(
        username=username,
        client=self._client,
    )


def _certificates_user_course_certificate_retrieve(
    self: CertificatesOperations,
    username: str,
    course_id: str,
) -> Certificate:
    """Retrieve a user's certificate for a course run: `GET /certificates/v0/certificates/{username}/courses/{course_id}/`.

    See `certificates_user_course_certificate_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import certificates_user_course_certificate_retrieve

    return certificates_user_course_certificate_retrieve.sync(
        username=username,
        course_id=course_id,
        client=self._client,
    )


async def _async_certificates_user_certificates_list(
    self: AsyncCertificatesOperations,
    username: str,
) -> list[Certificate]:
    """List a user's certificates: `GET /certificates/v0/certificates/{username}/`.

    See `certificates_user_certificates_list.asyncio` for the parameters and the errors it raises.
    """
    from . import certificates_user_certificates_list

    return await certificates_user_certificates_list.asyncio(
        username=username,
        client=self._client,
    )


async def _async_certificates_user_course_certificate_retrieve(
    self: AsyncCertificatesOperations,
    username: str,
    course_id: str,
) -> Certificate:
    """Retrieve a user's certificate for a course run: `GET /certificates/v0/certificates/{username}/courses/{course_id}/`.

    See `certificates_user_course_certificate_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import certificates_user_course_certificate_retrieve

    return await certificates_user_course_certificate_retrieve.asyncio(
        username=username,
        course_id=course_id,
        client=self._client,
    )


class CertificatesOperations:
    """The certificates operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    user_certificates_list = _certificates_user_certificates_list
    user_course_certificate_retrieve = _certificates_user_course_certificate_retrieve


class AsyncCertificatesOperations:
    """The certificates operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    user_certificates_list = _async_certificates_user_certificates_list
    user_course_certificate_retrieve = (
        _async_certificates_user_course_certificate_retrieve
    )
