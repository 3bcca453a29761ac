from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.commerce_order import CommerceOrder
from ...types import Response


def _get_kwargs(
    basket_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/commerce/v0/baskets/{basket_id}/order/".format(
            basket_id=quote(str(basket_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CommerceOrder:
    if response.status_code == 200:
        response_200 = CommerceOrder.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CommerceOrder]:
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
    basket_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CommerceOrder]:
    """Get the order of a basket

    Returns the order that was placed for the basket named by `basket_id`, as the ecommerce service
    answers it to the calling user. Any signed-in user may call it, but the ecommerce service finds only
    the caller's own orders (global staff find any): another user's basket, or a basket without an
    order, answers 404.

    Who may call: the signed-in user, about themself, or global staff. Anyone else gets 404. The LMS
    admits any signed-in user and asks the ecommerce service as the caller; that service filters orders
    to the caller's own unless the caller is staff, and the LMS relays its 404.

    Args:
        basket_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CommerceOrder]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        basket_id=basket_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    basket_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CommerceOrder:
    """Get the order of a basket

    Returns the order that was placed for the basket named by `basket_id`, as the ecommerce service
    answers it to the calling user. Any signed-in user may call it, but the ecommerce service finds only
    the caller's own orders (global staff find any): another user's basket, or a basket without an
    order, answers 404.

    Who may call: the signed-in user, about themself, or global staff. Anyone else gets 404. The LMS
    admits any signed-in user and asks the ecommerce service as the caller; that service filters orders
    to the caller's own unless the caller is staff, and the LMS relays its 404.

    Args:
        basket_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CommerceOrder
    """

    return sync_detailed(
        basket_id=basket_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    basket_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CommerceOrder]:
    """Get the order of a basket

    Returns the order that was placed for the basket named by `basket_id`, as the ecommerce service
    answers it to the calling user. Any signed-in user may call it, but the ecommerce service finds only
    the caller's own orders (global staff find any): another user's basket, or a basket without an
    order, answers 404.

    Who may call: the signed-in user, about themself, or global staff. Anyone else gets 404. The LMS
    admits any signed-in user and asks the ecommerce service as the caller; that service filters orders
    to the caller's own unless the caller is staff, and the LMS relays its 404.

    Args:
        basket_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CommerceOrder]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        basket_id=basket_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    basket_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CommerceOrder:
    """Get the order of a basket

    Returns the order that was placed for the basket named by `basket_id`, as the ecommerce service
    answers it to the calling user. Any signed-in user may call it, but the ecommerce service finds only
    the caller's own orders (global staff find any): another user's basket, or a basket without an
    order, answers 404.

    Who may call: the signed-in user, about themself, or global staff. Anyone else gets 404. The LMS
    admits any signed-in user and asks the ecommerce service as the caller; that service filters orders
    to the caller's own unless the caller is staff, and the LMS relays its 404.

    Args:
        basket_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CommerceOrder
    """

    return (
        await asyncio_detailed(
            basket_id=basket_id,
            client=client,
        )
    ).parsed
