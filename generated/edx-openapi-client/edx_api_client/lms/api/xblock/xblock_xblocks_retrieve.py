from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.xblock_block_metadata import XblockBlockMetadata
from ...models.xblock_xblocks_retrieve_include_item import (
    XblockXblocksRetrieveIncludeItem,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    usage_key_str: str,
    *,
    include: list[XblockXblocksRetrieveIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item = include_item_data.value
            json_include.append(include_item)

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/xblock/v2/xblocks/{usage_key_str}/".format(
            usage_key_str=quote(str(usage_key_str), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> XblockBlockMetadata:
    if response.status_code == 200:
        response_200 = XblockBlockMetadata.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[XblockBlockMetadata]:
    try:
        parsed = _parse_response(client=client, response=response)
    except errors.EdxApiError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.invalid_response(response, exc) from exc
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    usage_key_str: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[XblockXblocksRetrieveIncludeItem] | Unset = UNSET,
) -> Response[XblockBlockMetadata]:
    """Get a block's metadata

    Returns metadata about the XBlock named by its usage key; the `include` query parameter can add its
    index dictionary or student view data. No sign-in is needed, but a caller who may not learn from the
    block gets 403; an unknown block answers 404.

    Who may call: anyone, signed in or not. The view asks for no sign-in; the block's learning context
    decides, refusing with 403 a caller who may not learn from the block (for a v2 library block, one
    without the library's permission to learn from it). A usage key naming no block answers 404.

    Args:
        usage_key_str (str):
        include (list[XblockXblocksRetrieveIncludeItem] | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[XblockBlockMetadata]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        usage_key_str=usage_key_str,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    usage_key_str: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[XblockXblocksRetrieveIncludeItem] | Unset = UNSET,
) -> XblockBlockMetadata:
    """Get a block's metadata

    Returns metadata about the XBlock named by its usage key; the `include` query parameter can add its
    index dictionary or student view data. No sign-in is needed, but a caller who may not learn from the
    block gets 403; an unknown block answers 404.

    Who may call: anyone, signed in or not. The view asks for no sign-in; the block's learning context
    decides, refusing with 403 a caller who may not learn from the block (for a v2 library block, one
    without the library's permission to learn from it). A usage key naming no block answers 404.

    Args:
        usage_key_str (str):
        include (list[XblockXblocksRetrieveIncludeItem] | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        XblockBlockMetadata
    """

    return sync_detailed(
        usage_key_str=usage_key_str,
        client=client,
        include=include,
    ).parsed


async def asyncio_detailed(
    usage_key_str: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[XblockXblocksRetrieveIncludeItem] | Unset = UNSET,
) -> Response[XblockBlockMetadata]:
    """Get a block's metadata

    Returns metadata about the XBlock named by its usage key; the `include` query parameter can add its
    index dictionary or student view data. No sign-in is needed, but a caller who may not learn from the
    block gets 403; an unknown block answers 404.

    Who may call: anyone, signed in or not. The view asks for no sign-in; the block's learning context
    decides, refusing with 403 a caller who may not learn from the block (for a v2 library block, one
    without the library's permission to learn from it). A usage key naming no block answers 404.

    Args:
        usage_key_str (str):
        include (list[XblockXblocksRetrieveIncludeItem] | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[XblockBlockMetadata]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        usage_key_str=usage_key_str,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    usage_key_str: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[XblockXblocksRetrieveIncludeItem] | Unset = UNSET,
) -> XblockBlockMetadata:
    """Get a block's metadata

    Returns metadata about the XBlock named by its usage key; the `include` query parameter can add its
    index dictionary or student view data. No sign-in is needed, but a caller who may not learn from the
    block gets 403; an unknown block answers 404.

    Who may call: anyone, signed in or not. The view asks for no sign-in; the block's learning context
    decides, refusing with 403 a caller who may not learn from the block (for a v2 library block, one
    without the library's permission to learn from it). A usage key naming no block answers 404.

    Args:
        usage_key_str (str):
        include (list[XblockXblocksRetrieveIncludeItem] | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        XblockBlockMetadata
    """

    return (
        await asyncio_detailed(
            usage_key_str=usage_key_str,
            client=client,
            include=include,
        )
    ).parsed
