"""The mfe_context operations: one module per operation, and `MfeContextOperations` /
`AsyncMfeContextOperations`, which bind them to a client (`edx.<api>.mfe_context`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.mfe_context import MfeContext
    from ...types import UNSET, Unset


def _mfe_context_retrieve(
    self: MfeContextOperations,
    *,
    tpa_hint: str | Unset = UNSET,
    is_register_page: str | Unset = UNSET,
    is_welcome_page: str | Unset = UNSET,
    next_: str | Unset = UNSET,
) -> MfeContext:
    """Retrieve the authentication MFE context: `GET /mfe_context`.

    See `mfe_context_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import mfe_context_retrieve

    return mfe_context_retrieve.sync(
        tpa_hint=tpa_hint,
        is_register_page=is_register_page,
        is_welcome_page=is_welcome_page,
        next_=next_,
        client=self._client,
    )


async def _async_mfe_context_retrieve(
    self: AsyncMfeContextOperations,
    *,
    tpa_hint: str | Unset = UNSET,
    is_register_page: str | Unset = UNSET,
    is_welcome_page: str | Unset = UNSET,
    next_: str | Unset = UNSET,
) -> MfeContext:
    """Retrieve the authentication MFE context: `GET /mfe_context`.

    See `mfe_context_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import mfe_context_retrieve

    return await mfe_context_retrieve.asyncio(
        tpa_hint=tpa_hint,
        is_register_page=is_register_page,
        is_welcome_page=is_welcome_page,
        next_=next_,
        client=self._client,
    )


class MfeContextOperations:
    """The mfe_context operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    retrieve = _mfe_context_retrieve


class AsyncMfeContextOperations:
    """The mfe_context operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    retrieve = _async_mfe_context_retrieve
