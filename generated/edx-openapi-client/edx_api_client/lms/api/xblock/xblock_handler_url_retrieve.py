from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.xblock_handler_url import XblockHandlerUrl
from ...types import Response


def _get_kwargs(
    usage_key_str: str,
    handler_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/xblock/v2/xblocks/{usage_key_str}/handler_url/{handler_name}/".format(
            usage_key_str=quote(str(usage_key_str), safe=""),
            handler_name=quote(str(handler_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> XblockHandlerUrl:
    if response.status_code == 200:
        response_200 = XblockHandlerUrl.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[XblockHandlerUrl]:
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
    handler_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[XblockHandlerUrl]:
    """Get a URL for calling a block's handler

    Returns an absolute URL that calls the named handler of the XBlock without any authentication. The
    URL expires, but stays valid for at least 2 days. Anyone may ask for one, signed in or not (an
    anonymous caller gets a URL for an anonymous user); the block is neither loaded nor checked.

    Who may call: anyone, signed in or not. The view requires no sign-in and checks no permission; the
    URL it returns is bound to the caller (or to an anonymous id), and the handler itself checks the
    block when it is called.

    Args:
        usage_key_str (str):
        handler_name (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[XblockHandlerUrl]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        usage_key_str=usage_key_str,
        handler_name=handler_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    usage_key_str: str,
    handler_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> XblockHandlerUrl:
    """Get a URL for calling a block's handler

    Returns an absolute URL that calls the named handler of the XBlock without any authentication. The
    URL expires, but stays valid for at least 2 days. Anyone may ask for one, signed in or not (an
    anonymous caller gets a URL for an anonymous user); the block is neither loaded nor checked.

    Who may call: anyone, signed in or not. The view requires no sign-in and checks no permission; the
    URL it returns is bound to the caller (or to an anonymous id), and the handler itself checks the
    block when it is called.

    Args:
        usage_key_str (str):
        handler_name (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        XblockHandlerUrl
    """

    return sync_detailed(
        usage_key_str=usage_key_str,
        handler_name=handler_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    usage_key_str: str,
    handler_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[XblockHandlerUrl]:
    """Get a URL for calling a block's handler

    Returns an absolute URL that calls the named handler of the XBlock without any authentication. The
    URL expires, but stays valid for at least 2 days. Anyone may ask for one, signed in or not (an
    anonymous caller gets a URL for an anonymous user); the block is neither loaded nor checked.

    Who may call: anyone, signed in or not. The view requires no sign-in and checks no permission; the
    URL it returns is bound to the caller (or to an anonymous id), and the handler itself checks the
    block when it is called.

    Args:
        usage_key_str (str):
        handler_name (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[XblockHandlerUrl]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        usage_key_str=usage_key_str,
        handler_name=handler_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    usage_key_str: str,
    handler_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> XblockHandlerUrl:
    """Get a URL for calling a block's handler

    Returns an absolute URL that calls the named handler of the XBlock without any authentication. The
    URL expires, but stays valid for at least 2 days. Anyone may ask for one, signed in or not (an
    anonymous caller gets a URL for an anonymous user); the block is neither loaded nor checked.

    Who may call: anyone, signed in or not. The view requires no sign-in and checks no permission; the
    URL it returns is bound to the caller (or to an anonymous id), and the handler itself checks the
    block when it is called.

    Args:
        usage_key_str (str):
        handler_name (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        XblockHandlerUrl
    """

    return (
        await asyncio_detailed(
            usage_key_str=usage_key_str,
            handler_name=handler_name,
            client=client,
        )
    ).parsed
