from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.xblock_block_view import XblockBlockView
from ...types import Response


def _get_kwargs(
    usage_key_str: str,
    view_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/xblock/v2/xblocks/{usage_key_str}/view/{view_name}/".format(
            usage_key_str=quote(str(usage_key_str), safe=""),
            view_name=quote(str(view_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> XblockBlockView:
    if response.status_code == 200:
        response_200 = XblockBlockView.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[XblockBlockView]:
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
    view_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[XblockBlockView]:
    """Render a block view

    Returns the HTML, JavaScript and CSS needed to render the named view of the XBlock. No sign-in is
    needed, but a caller who may not learn from the block gets 403; an unknown block answers 404.

    Who may call: anyone, signed in or not. The view asks for no sign-in; the block's learning context
    decides, refusing with 403 a caller who may not learn from the block (for a v2 library block, one
    without the library's permission to learn from it). A usage key naming no block answers 404.

    Args:
        usage_key_str (str):
        view_name (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[XblockBlockView]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        usage_key_str=usage_key_str,
        view_name=view_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    usage_key_str: str,
    view_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> XblockBlockView:
    """Render a block view

    Returns the HTML, JavaScript and CSS needed to render the named view of the XBlock. No sign-in is
    needed, but a caller who may not learn from the block gets 403; an unknown block answers 404.

    Who may call: anyone, signed in or not. The view asks for no sign-in; the block's learning context
    decides, refusing with 403 a caller who may not learn from the block (for a v2 library block, one
    without the library's permission to learn from it). A usage key naming no block answers 404.

    Args:
        usage_key_str (str):
        view_name (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        XblockBlockView
    """

    return sync_detailed(
        usage_key_str=usage_key_str,
        view_name=view_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    usage_key_str: str,
    view_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[XblockBlockView]:
    """Render a block view

    Returns the HTML, JavaScript and CSS needed to render the named view of the XBlock. No sign-in is
    needed, but a caller who may not learn from the block gets 403; an unknown block answers 404.

    Who may call: anyone, signed in or not. The view asks for no sign-in; the block's learning context
    decides, refusing with 403 a caller who may not learn from the block (for a v2 library block, one
    without the library's permission to learn from it). A usage key naming no block answers 404.

    Args:
        usage_key_str (str):
        view_name (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[XblockBlockView]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        usage_key_str=usage_key_str,
        view_name=view_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    usage_key_str: str,
    view_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> XblockBlockView:
    """Render a block view

    Returns the HTML, JavaScript and CSS needed to render the named view of the XBlock. No sign-in is
    needed, but a caller who may not learn from the block gets 403; an unknown block answers 404.

    Who may call: anyone, signed in or not. The view asks for no sign-in; the block's learning context
    decides, refusing with 403 a caller who may not learn from the block (for a v2 library block, one
    without the library's permission to learn from it). A usage key naming no block answers 404.

    Args:
        usage_key_str (str):
        view_name (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        XblockBlockView
    """

    return (
        await asyncio_detailed(
            usage_key_str=usage_key_str,
            view_name=view_name,
            client=client,
        )
    ).parsed
