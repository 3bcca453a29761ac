"""The third_party_auth operations: one module per operation, and `ThirdPartyAuthOperations` /
`AsyncThirdPartyAuthOperations`, which bind them to a client (`edx.<api>.third_party_auth`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.paginated_third_party_auth_user_mapping_list import (
        PaginatedThirdPartyAuthUserMappingList,
    )
    from ...models.third_party_auth_provider_user_status import (
        ThirdPartyAuthProviderUserStatus,
    )
    from ...models.third_party_auth_user_providers import ThirdPartyAuthUserProviders
    from ...types import UNSET, Unset


def _third_party_auth_providers_user_status_retrieve(
    self: ThirdPartyAuthOperations,
) -> list[ThirdPartyAuthProviderUserStatus]:
    """Get the user's provider status: `GET /third_party_auth/v0/providers/user_status`.

    See `third_party_auth_providers_user_status_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import third_party_auth_providers_user_status_retrieve

    return third_party_auth_providers_user_status_retrieve.sync(
        client=self._client,
    )


def _third_party_auth_providers_users_list(
    self: ThirdPartyAuthOperations,
    provider_id: str,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    username: list[str] | Unset = UNSET,
    remote_id: list[str] | Unset = UNSET,
    remote_id_field_name: str | Unset = UNSET,
    usernames: str | Unset = UNSET,
    remote_ids: str | Unset = UNSET,
) -> PaginatedThirdPartyAuthUserMappingList:
    """List a provider's user mappings: `GET /third_party_auth/v0/providers/{provider_id}/users`.

    See `third_party_auth_providers_users_list.sync` for the parameters and the errors it raises.
    """
    from . import third_party_auth_providers_users_list

    return third_party_auth_providers_users_list.sync(
        provider_id=provider_id,
        page=page,
        page_size=page_size,
        username=username,
        remote_id=remote_id,
        remote_id_field_name=remote_id_field_name,
        usernames=usernames,
        remote_ids=remote_ids,
        client=self._client,
    )


def _third_party_auth_users_list(
    self: ThirdPartyAuthOperations,
    *,
    username: str | Unset = UNSET,
    email: str | Unset = UNSET,
) -> ThirdPartyAuthUserProviders:
    """Get a user's providers: `GET /third_party_auth/v0/users/`.

    See `third_party_auth_users_list.sync` for the parameters and the errors it raises.
    """
    from . import third_party_auth_users_list

    return third_party_auth_users_list.sync(
        username=username,
        email=email,
        client=self._client,
    )


def _third_party_auth_users_retrieve(
    self: ThirdPartyAuthOperations,
    username: str,
) -> ThirdPartyAuthUserProviders:
    """Get the providers of a user: `GET /third_party_auth/v0/users/{username}`.

    See `third_party_auth_users_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import third_party_auth_users_retrieve

    return third_party_auth_users_retrieve.sync(
        username=username,
        client=self._client,
    )


async def _async_third_party_auth_providers_user_status_retrieve(
    self: AsyncThirdPartyAuthOperations,
) -> list[ThirdPartyAuthProviderUserStatus]:
    """Get the user's provider status: `GET /third_party_auth/v0/providers/user_status`.

    See `third_party_auth_providers_user_status_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import third_party_auth_providers_user_status_retrieve

    return await third_party_auth_providers_user_status_retrieve.asyncio(
        client=self._client,
    )


async def _async_third_party_auth_providers_users_list(
    self: AsyncThirdPartyAuthOperations,
    provider_id: str,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    username: list[str] | Unset = UNSET,
    remote_id: list[str] | Unset = UNSET,
    remote_id_field_name: str | Unset = UNSET,
    usernames: str | Unset = UNSET,
    remote_ids: str | Unset = UNSET,
) -> PaginatedThirdPartyAuthUserMappingList:
    """List a provider's user mappings: `GET /third_party_auth/v0/providers/{provider_id}/users`.

    See `third_party_auth_providers_users_list.asyncio` for the parameters and the errors it raises.
    """
    from . import third_party_auth_providers_users_list

    return await third_party_auth_providers_users_list.asyncio(
        provider_id=provider_id,
        page=page,
        page_size=page_size,
        username=username,
        remote_id=remote_id,
        remote_id_field_name=remote_id_field_name,
        usernames=usernames,
        remote_ids=remote_ids,
        client=self._client,
    )


async def _async_third_party_auth_users_list(
    self: AsyncThirdPartyAuthOperations,
    *,
    username: str | Unset = UNSET,
    email: str | Unset = UNSET,
) -> ThirdPartyAuthUserProviders:
    """Get a user's providers: `GET /third_party_auth/v0/users/`.

    See `third_party_auth_users_list.asyncio` for the parameters and the errors it raises.
    """
    from . import third_party_auth_users_list

    return await third_party_auth_users_list.asyncio(
        username=username,
        email=email,
        client=self._client,
    )


async def _async_third_party_auth_users_retrieve(
    self: AsyncThirdPartyAuthOperations,
    username: str,
) -> ThirdPartyAuthUserProviders:
    """Get the providers of a user: `GET /third_party_auth/v0/users/{username}`.

    See `third_party_auth_users_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import third_party_auth_users_retrieve

    return await third_party_auth_users_retrieve.asyncio(
        username=username,
        client=self._client,
    )


class ThirdPartyAuthOperations:
    """The third_party_auth operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    providers_user_status_retrieve = _third_party_auth_providers_user_status_retrieve
    providers_users_list = _third_party_auth_providers_users_list
    users_list = _third_party_auth_users_list
    users_retrieve = _third_party_auth_users_retrieve


class AsyncThirdPartyAuthOperations:
    """The third_party_auth operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    providers_user_status_retrieve = (
        _async_third_party_auth_providers_user_status_retrieve
    )
    providers_users_list = _async_third_party_auth_providers_users_list
    users_list = _async_third_party_auth_users_list
    users_retrieve = _async_third_party_auth_users_retrieve
