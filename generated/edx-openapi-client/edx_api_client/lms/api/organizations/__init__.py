"""The organizations operations: one module per operation, and `OrganizationsOperations` /
`AsyncOrganizationsOperations`, which bind them to a client (`edx.<api>.organizations`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.organization import Organization
    from ...models.paginated_organization_list import PaginatedOrganizationList
    from ...types import UNSET, Unset


def _organizations_list(
    self: OrganizationsOperations,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedOrganizationList:
    """List organizations: `GET /organizations/v0/organizations/`.

    See `organizations_list.sync` for the parameters and the errors it raises.
    """
    from . import organizations_list

    return organizations_list.sync(
        page=page,
        page_size=page_size,
        client=self._client,
    )


def _organizations_retrieve(
    self: OrganizationsOperations,
    short_name: str,
) -> Organization:
    """Get one organization: `GET /organizations/v0/organizations/{short_name}/`.

    See `organizations_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import organizations_retrieve

    return organizations_retrieve.sync(
        short_name=short_name,
        client=self._client,
    )


def _organizations_update(
    self: OrganizationsOperations,
    short_name: str,
    *,
    body: Organization,
) -> Organization:
    """Create or update an organization: `PUT /organizations/v0/organizations/{short_name}/`.

    See `organizations_update.sync` for the parameters and the errors it raises.
    """
    from . import organizations_update

    return organizations_update.sync(
        short_name=short_name,
        body=body,
        client=self._client,
    )


async def _async_organizations_list(
    self: AsyncOrganizationsOperations,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedOrganizationList:
    """List organizations: `GET /organizations/v0/organizations/`.

    See `organizations_list.asyncio` for the parameters and the errors it raises.
    """
    from . import organizations_list

    return await organizations_list.asyncio(
        page=page,
        page_size=page_size,
        client=self._client,
    )


async def _async_organizations_retrieve(
    self: AsyncOrganizationsOperations,
    short_name: str,
) -> Organization:
    """Get one organization: `GET /organizations/v0/organizations/{short_name}/`.

    See `organizations_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import organizations_retrieve

    return await organizations_retrieve.asyncio(
        short_name=short_name,
        client=self._client,
    )


async def _async_organizations_update(
    self: AsyncOrganizationsOperations,
    short_name: str,
    *,
    body: Organization,
) -> Organization:
    """Create or update an organization: `PUT /organizations/v0/organizations/{short_name}/`.

    See `organizations_update.asyncio` for the parameters and the errors it raises.
    """
    from . import organizations_update

    return await organizations_update.asyncio(
        short_name=short_name,
        body=body,
        client=self._client,
    )


class OrganizationsOperations:
    """The organizations operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    list = _organizations_list
    retrieve = _organizations_retrieve
    update = _organizations_update


class AsyncOrganizationsOperations:
    """The organizations operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    list = _async_organizations_list
    retrieve = _async_organizations_retrieve
    update = _async_organizations_update
