from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
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
) -> ErrorResponse | XblockBlockMetadata | None:
    if response.status_code == 200:
        response_200 = XblockBlockMetadata.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.api_error(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | XblockBlockMetadata]:
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
) -> Response[ErrorResponse | XblockBlockMetadata]:
    """Get a block's metadata

     Returns metadata about the XBlock named by its usage key; the `include` query parameter can add its
    index dictionary or student view data. The doc documents none of the metadata's fields.

    Args:
        usage_key_str (str):
        include (list[XblockXblocksRetrieveIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | XblockBlockMetadata]
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
) -> ErrorResponse | XblockBlockMetadata | None:
    """Get a block's metadata

     Returns metadata about the XBlock named by its usage key; the `include` query parameter can add its
    index dictionary or student view data. The doc documents none of the metadata's fields.

    Args:
        usage_key_str (str):
        include (list[XblockXblocksRetrieveIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | XblockBlockMetadata
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
) -> Response[ErrorResponse | XblockBlockMetadata]:
    """Get a block's metadata

     Returns metadata about the XBlock named by its usage key; the `include` query parameter can add its
    index dictionary or student view data. The doc documents none of the metadata's fields.

    Args:
        usage_key_str (str):
        include (list[XblockXblocksRetrieveIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | XblockBlockMetadata]
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
) -> ErrorResponse | XblockBlockMetadata | None:
    """Get a block's metadata

     Returns metadata about the XBlock named by its usage key; the `include` query parameter can add its
    index dictionary or student view data. The doc documents none of the metadata's fields.

    Args:
        usage_key_str (str):
        include (list[XblockXblocksRetrieveIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | XblockBlockMetadata
    """

    return (
        await asyncio_detailed(
            usage_key_str=usage_key_str,
            client=client,
            include=include,
        )
    ).parsed
