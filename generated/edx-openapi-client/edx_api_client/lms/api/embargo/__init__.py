"""The embargo operations: one module per operation, and `EmbargoOperations` /
`AsyncEmbargoOperations`, which bind them to a client (`edx.<api>.embargo`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...client import AuthenticatedClient, Client
    from ...models.embargo_course_access import EmbargoCourseAccess
    from ...models.error_response import ErrorResponse


def _embargo_course_access_retrieve(
    self: EmbargoOperations,
    *,
    course_ids: list[str],
    user: str,
    ip_address: str,
) -> EmbargoCourseAccess:
    """Check embargo course access: `GET /embargo/v1/course_access/`.

    See `embargo_course_access_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import embargo_course_access_retrieve

    return embargo_course_access_retrieve.sync(
        course_ids=course_ids,
        user=user,
        ip_address=ip_address,
        client=self._client,
    )


async def _async_embargo_course_access_retrieve(
    self: AsyncEmbargoOperations,
    *,
    course_ids: list[str],
    user: str,
    ip_address: str,
) -> EmbargoCourseAccess:
    """Check embargo course access: `GET /embargo/v1/course_access/`.

    See `embargo_course_access_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import embargo_course_access_retrieve

    return await embargo_course_access_retrieve.asyncio(
        course_ids=course_ids,
        user=user,
        ip_address=ip_address,
        client=self._client,
    )


class EmbargoOperations:
    """The embargo operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    course_access_retrieve = _embargo_course_access_retrieve


class AsyncEmbargoOperations:
    """The embargo operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    course_access_retrieve = _async_embargo_course_access_retrieve
