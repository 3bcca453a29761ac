"""The xblock operations: one module per operation, and `XblockOperations` /
`AsyncXblockOperations`, which bind them to a client (`edx.<api>.xblock`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.xblock_block_metadata import XblockBlockMetadata
    from ...models.xblock_block_view import XblockBlockView
    from ...models.xblock_handler_url import XblockHandlerUrl
    from ...models.xblock_xblocks_retrieve_include_item import (
        XblockXblocksRetrieveIncludeItem,
    )
    from ...types import UNSET, Unset


def _xblock_xblocks_retrieve(
    self: XblockOperations,
    usage_key_str: str,
    *,
    include: list[XblockXblocksRetrieveIncludeItem] | Unset = UNSET,
) -> XblockBlockMetadata:
    """Get a block's metadata: `GET /xblock/v2/xblocks/{usage_key_str}/`.

    See `xblock_xblocks_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import xblock_xblocks_retrieve

    return xblock_xblocks_retrieve.sync(
        usage_key_str=usage_key_str,
        include=include,
        client=self._client,
    )


def _xblock_handler_url_retrieve(
    self: XblockOperations,
    usage_key_str: str,
    handler_name: str,
) -> XblockHandlerUrl:
    """Get a URL for calling a block's handler: `GET /xblock/v2/xblocks/{usage_key_str}/handler_url/{handler_name}/`.

    See `xblock_handler_url_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import xblock_handler_url_retrieve

    return xblock_handler_url_retrieve.sync(
        usage_key_str=usage_key_str,
        handler_name=handler_name,
        client=self._client,
    )


def _xblock_view_retrieve(
    self: XblockOperations,
    usage_key_str: str,
    view_name: str,
) -> XblockBlockView:
    """Render a block view: `GET /xblock/v2/xblocks/{usage_key_str}/view/{view_name}/`.

    See `xblock_view_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import xblock_view_retrieve

    return xblock_view_retrieve.sync(
        usage_key_str=usage_key_str,
        view_name=view_name,
        client=self._client,
    )


async def _async_xblock_xblocks_retrieve(
    self: AsyncXblockOperations,
    usage_key_str: str,
    *,
    include: list[XblockXblocksRetrieveIncludeItem] | Unset = UNSET,
) -> XblockBlockMetadata:
    """Get a block's metadata: `GET /xblock/v2/xblocks/{usage_key_str}/`.

    See `xblock_xblocks_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import xblock_xblocks_retrieve

    return await xblock_xblocks_retrieve.asyncio(
        usage_key_str=usage_key_str,
        include=include,
        client=self._client,
    )


async def _async_xblock_handler_url_retrieve(
    self: AsyncXblockOperations,
    usage_key_str: str,
    handler_name: str,
) -> XblockHandlerUrl:
    """Get a URL for calling a block's handler: `GET /xblock/v2/xblocks/{usage_key_str}/handler_url/{handler_name}/`.

    See `xblock_handler_url_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import xblock_handler_url_retrieve

    return await xblock_handler_url_retrieve.asyncio(
        usage_key_str=usage_key_str,
        handler_name=handler_name,
        client=self._client,
    )


async def _async_xblock_view_retrieve(
    self: AsyncXblockOperations,
    usage_key_str: str,
    view_name: str,
) -> XblockBlockView:
    """Render a block view: `GET /xblock/v2/xblocks/{usage_key_str}/view/{view_name}/`.

    See `xblock_view_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import xblock_view_retrieve

    return await xblock_view_retrieve.asyncio(
        usage_key_str=usage_key_str,
        view_name=view_name,
        client=self._client,
    )


class XblockOperations:
    """The xblock operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    xblocks_retrieve = _xblock_xblocks_retrieve
    handler_url_retrieve = _xblock_handler_url_retrieve
    view_retrieve = _xblock_view_retrieve


class AsyncXblockOperations:
    """The xblock operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    xblocks_retrieve = _async_xblock_xblocks_retrieve
    handler_url_retrieve = _async_xblock_handler_url_retrieve
    view_retrieve = _async_xblock_view_retrieve
