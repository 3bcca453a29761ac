from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
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
) -> list[ThirdPartyAuthProviderUserStatus]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ThirdPartyAuthProviderUserStatus.from_dict(
                response_200_item_data
            )

            response_200.append(response_200_item)

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[ThirdPartyAuthProviderUserStatus]]:
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
) -> Response[list[ThirdPartyAuthProviderUserStatus]]:
    """Get the user's provider status

    Returns, for each third-party auth provider that offers sign-in or that the caller's account is
    linked to, whether it accepts logins, whether the caller's account is connected to it, and the URLs
    that connect and disconnect the account. The caller must be signed in (inactive accounts included).

    Who may call: any signed-in user. Anyone else gets 403. Reports on the caller's own account.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[list[ThirdPartyAuthProviderUserStatus]]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> list[ThirdPartyAuthProviderUserStatus]:
    """Get the user's provider status

    Returns, for each third-party auth provider that offers sign-in or that the caller's account is
    linked to, whether it accepts logins, whether the caller's account is connected to it, and the URLs
    that connect and disconnect the account. The caller must be signed in (inactive accounts included).

    Who may call: any signed-in user. Anyone else gets 403. Reports on the caller's own account.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        list[ThirdPartyAuthProviderUserStatus]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[ThirdPartyAuthProviderUserStatus]]:
    """Get the user's provider status

    Returns, for each third-party auth provider that offers sign-in or that the caller's account is
    linked to, whether it accepts logins, whether the caller's account is connected to it, and the URLs
    that connect and disconnect the account. The caller must be signed in (inactive accounts included).

    Who may call: any signed-in user. Anyone else gets 403. Reports on the caller's own account.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[list[ThirdPartyAuthProviderUserStatus]]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> list[ThirdPartyAuthProviderUserStatus]:
    """Get the user's provider status

    Returns, for each third-party auth provider that offers sign-in or that the caller's account is
    linked to, whether it accepts logins, whether the caller's account is connected to it, and the URLs
    that connect and disconnect the account. The caller must be signed in (inactive accounts included).

    Who may call: any signed-in user. Anyone else gets 403. Reports on the caller's own account.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        list[ThirdPartyAuthProviderUserStatus]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
