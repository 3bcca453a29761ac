from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.third_party_auth_provider_user_status import (
    ThirdPartyAuthProviderUserStatus,
)
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/third_party_auth/v0/providers/user_status",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[ThirdPartyAuthProviderUserStatus] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ThirdPartyAuthProviderUserStatus.from_dict(
                response_200_item_data
            )

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.api_error(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | list[ThirdPartyAuthProviderUserStatus]]:
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
) -> Response[ErrorResponse | list[ThirdPartyAuthProviderUserStatus]]:
    """Get the user's provider status

     Returns, for a third-party auth provider, whether it accepts logins, whether the requesting user's
    account is connected to it, and the URLs that connect and disconnect the account. The doc documents
    the body only with an example.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[ThirdPartyAuthProviderUserStatus]]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | list[ThirdPartyAuthProviderUserStatus] | None:
    """Get the user's provider status

     Returns, for a third-party auth provider, whether it accepts logins, whether the requesting user's
    account is connected to it, and the URLs that connect and disconnect the account. The doc documents
    the body only with an example.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[ThirdPartyAuthProviderUserStatus]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | list[ThirdPartyAuthProviderUserStatus]]:
    """Get the user's provider status

     Returns, for a third-party auth provider, whether it accepts logins, whether the requesting user's
    account is connected to it, and the URLs that connect and disconnect the account. The doc documents
    the body only with an example.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[ThirdPartyAuthProviderUserStatus]]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | list[ThirdPartyAuthProviderUserStatus] | None:
    """Get the user's provider status

     Returns, for a third-party auth provider, whether it accepts logins, whether the requesting user's
    account is connected to it, and the URLs that connect and disconnect the account. The doc documents
    the body only with an example.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[ThirdPartyAuthProviderUserStatus]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
