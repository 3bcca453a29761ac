"""The mfe_config operations: one module per operation, and `MfeConfigOperations` /
`AsyncMfeConfigOperations`, which bind them to a client (`edx.<api>.mfe_config`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.mfe_config import MfeConfig
    from ...types import UNSET, Unset


def _mfe_config_retrieve(
    self: MfeConfigOperations,
    *,
    mfe: str | Unset = UNSET,
) -> MfeConfig:
    """Retrieve the MFE configuration: `GET /mfe_config/v1`.

    See `mfe_config_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import mfe_config_retrieve

    return mfe_config_retrieve.sync(
        mfe=mfe,
        client=self._client,
    )


async def _async_mfe_config_retrieve(
    self: AsyncMfeConfigOperations,
    *,
    mfe: str | Unset = UNSET,
) -> MfeConfig:
    """Retrieve the MFE configuration: `GET /mfe_config/v1`.

    See `mfe_config_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import mfe_config_retrieve

    return await mfe_config_retrieve.asyncio(
        mfe=mfe,
        client=self._client,
    )


class MfeConfigOperations:
    """The mfe_config operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    retrieve = _mfe_config_retrieve


class AsyncMfeConfigOperations:
    """The mfe_config operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    retrieve = _async_mfe_config_retrieve
