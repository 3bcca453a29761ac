"""The toggles operations: one module per operation, and `TogglesOperations` /
`AsyncTogglesOperations`, which bind them to a client (`edx.<api>.toggles`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.toggles_state_report import TogglesStateReport


def _toggles_state_retrieve(
    self: TogglesOperations,
) -> TogglesStateReport:
    """Retrieve the toggle state report: `GET /toggles/v0/state/`.

    See `toggles_state_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import toggles_state_retrieve

    return toggles_state_retrieve.sync(
        client=self._client,
    )


async def _async_toggles_state_retrieve(
    self: AsyncTogglesOperations,
) -> TogglesStateReport:
    """Retrieve the toggle state report: `GET /toggles/v0/state/`.

    See `toggles_state_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import toggles_state_retrieve

    return await toggles_state_retrieve.asyncio(
        client=self._client,
    )


class TogglesOperations:
    """The toggles operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    state_retrieve = _toggles_state_retrieve


class AsyncTogglesOperations:
    """The toggles operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    state_retrieve = _async_toggles_state_retrieve
