from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.credit_provider import CreditProvider
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    provider_ids: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["provider_ids"] = provider_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/credit/v1/providers/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[CreditProvider]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = CreditProvider.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[CreditProvider]]:
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
    *,
    client: AuthenticatedClient | Client,
    provider_ids: str | Unset = UNSET,
) -> Response[list[CreditProvider]]:
    """List credit providers

    Returns the institutions that grant academic credit, as a plain JSON array. Any signed-in user may
    call it; an unauthenticated request answers 401.

    Who may call: any signed-in user. Anyone else gets 403.

    Args:
        provider_ids (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[list[CreditProvider]]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        provider_ids=provider_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    provider_ids: str | Unset = UNSET,
) -> list[CreditProvider]:
    """List credit providers

    Returns the institutions that grant academic credit, as a plain JSON array. Any signed-in user may
    call it; an unauthenticated request answers 401.

    Who may call: any signed-in user. Anyone else gets 403.

    Args:
        provider_ids (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        list[CreditProvider]
    """

    return sync_detailed(
        client=client,
        provider_ids=provider_ids,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    provider_ids: str | Unset = UNSET,
) -> Response[list[CreditProvider]]:
    """List credit providers

    Returns the institutions that grant academic credit, as a plain JSON array. Any signed-in user may
    call it; an unauthenticated request answers 401.

    Who may call: any signed-in user. Anyone else gets 403.

    Args:
        provider_ids (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[list[CreditProvider]]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        provider_ids=provider_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    provider_ids: str | Unset = UNSET,
) -> list[CreditProvider]:
    """List credit providers

    Returns the institutions that grant academic credit, as a plain JSON array. Any signed-in user may
    call it; an unauthenticated request answers 401.

    Who may call: any signed-in user. Anyone else gets 403.

    Args:
        provider_ids (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        list[CreditProvider]
    """

    return (
        await asyncio_detailed(
            client=client,
            provider_ids=provider_ids,
        )
    ).parsed
