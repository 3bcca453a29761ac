"""The third_party_auth_context operations: one module per operation, and `ThirdPartyAuthContextOperations` /
`AsyncThirdPartyAuthContextOperations`, which bind them to a client (`edx.<api>.third_party_auth_context`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.mfe_context import MfeContext
    from ...types import UNSET, Unset


def _third_party_auth_context_retrieve(
    self: ThirdPartyAuthContextOperations,
    *,
    tpa_hint: str | Unset = UNSET,
    is_register_page: str | Unset = UNSET,
    is_welcome_page: str | Unset = UNSET,
    next_: str | Unset = UNSET,
) -> MfeContext:
    """Get the third-party auth context: `GET /third_party_auth_context`.

    See `third_party_auth_context_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import third_party_auth_context_retrieve

    return third_party_auth_context_retrieve.sync(
        tpa_hint=tpa_hint,
        is_register_page=is_register_page,
        is_welcome_page=is_welcome_page,
        next_=next_,
        client=self._client,
    )


async def _async_third_party_auth_context_retrieve(
    self: AsyncThirdPartyAuthContextOperations,
    *,
    tpa_hint: str | Unset = UNSET,
    is_register_page: str | Unset = UNSET,
    is_welcome_page: str | Unset = UNSET,
    next_: str | Unset = UNSET,
) -> MfeContext:
    """Get the third-party auth context: `GET /third_party_auth_context`.

    See `third_party_auth_context_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import third_party_auth_context_retrieve

    return await third_party_auth_context_retrieve.asyncio(
        tpa_hint=tpa_hint,
        is_register_page=is_register_page,
        is_welcome_page=is_welcome_page,
        next_=next_,
        client=self._client,
    )


class ThirdPartyAuthContextOperations:
    """The third_party_auth_context operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    retrieve = _third_party_auth_context_retrieve


class AsyncThirdPartyAuthContextOperations:
    """The third_party_auth_context operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    retrieve = _async_third_party_auth_context_retrieve
