from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.third_party_auth_user_providers import ThirdPartyAuthUserProviders
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    username: str | Unset = UNSET,
    email: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["username"] = username

    params["email"] = email

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/third_party_auth/v0/users/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ThirdPartyAuthUserProviders:
    if response.status_code == 200:
        response_200 = ThirdPartyAuthUserProviders.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ThirdPartyAuthUserProviders]:
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
    username: str | Unset = UNSET,
    email: str | Unset = UNSET,
) -> Response[ThirdPartyAuthUserProviders]:
    """Get a user's providers

    Returns the third-party auth providers linked to a user's account, the user being named by the
    `username` or the `email` query parameter (one of them is required; `email` wins when both are
    sent). Anyone may ask about their own account; asking about another user takes a superuser or the
    server's API key, and is otherwise refused with 403 unless the site allows such queries, in which
    case the remote ids are left out and the requests are rate-limited. An unknown user answers 404.

    Who may call: the user named by `username`, global staff, or the service worker of another edX
    service. Anyone else gets 403. Admitted for any account: superusers and requests carrying the
    server's API key; global staff without superuser status count as other users. Where
    ALLOW_UNPRIVILEGED_SSO_PROVIDER_QUERY is on, anyone may ask about any user but the remote ids are
    left out; otherwise 403.

    Args:
        username (str | Unset):
        email (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[ThirdPartyAuthUserProviders]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        username=username,
        email=email,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    username: str | Unset = UNSET,
    email: str | Unset = UNSET,
) -> ThirdPartyAuthUserProviders:
    """Get a user's providers

    Returns the third-party auth providers linked to a user's account, the user being named by the
    `username` or the `email` query parameter (one of them is required; `email` wins when both are
    sent). Anyone may ask about their own account; asking about another user takes a superuser or the
    server's API key, and is otherwise refused with 403 unless the site allows such queries, in which
    case the remote ids are left out and the requests are rate-limited. An unknown user answers 404.

    Who may call: the user named by `username`, global staff, or the service worker of another edX
    service. Anyone else gets 403. Admitted for any account: superusers and requests carrying the
    server's API key; global staff without superuser status count as other users. Where
    ALLOW_UNPRIVILEGED_SSO_PROVIDER_QUERY is on, anyone may ask about any user but the remote ids are
    left out; otherwise 403.

    Args:
        username (str | Unset):
        email (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        ThirdPartyAuthUserProviders
    """

    return sync_detailed(
        client=client,
        username=username,
        email=email,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    username: str | Unset = UNSET,
    email: str | Unset = UNSET,
) -> Response[ThirdPartyAuthUserProviders]:
    """Get a user's providers

    Returns the third-party auth providers linked to a user's account, the user being named by the
    `username` or the `email` query parameter (one of them is required; `email` wins when both are
    sent). Anyone may ask about their own account; asking about another user takes a superuser or the
    server's API key, and is otherwise refused with 403 unless the site allows such queries, in which
    case the remote ids are left out and the requests are rate-limited. An unknown user answers 404.

    Who may call: the user named by `username`, global staff, or the service worker of another edX
    service. Anyone else gets 403. Admitted for any account: superusers and requests carrying the
    server's API key; global staff without superuser status count as other users. Where
    ALLOW_UNPRIVILEGED_SSO_PROVIDER_QUERY is on, anyone may ask about any user but the remote ids are
    left out; otherwise 403.

    Args:
        username (str | Unset):
        email (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[ThirdPartyAuthUserProviders]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        username=username,
        email=email,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    username: str | Unset = UNSET,
    email: str | Unset = UNSET,
) -> ThirdPartyAuthUserProviders:
    """Get a user's providers

    Returns the third-party auth providers linked to a user's account, the user being named by the
    `username` or the `email` query parameter (one of them is required; `email` wins when both are
    sent). Anyone may ask about their own account; asking about another user takes a superuser or the
    server's API key, and is otherwise refused with 403 unless the site allows such queries, in which
    case the remote ids are left out and the requests are rate-limited. An unknown user answers 404.

    Who may call: the user named by `username`, global staff, or the service worker of another edX
    service. Anyone else gets 403. Admitted for any account: superusers and requests carrying the
    server's API key; global staff without superuser status count as other users. Where
    ALLOW_UNPRIVILEGED_SSO_PROVIDER_QUERY is on, anyone may ask about any user but the remote ids are
    left out; otherwise 403.

    Args:
        username (str | Unset):
        email (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        ThirdPartyAuthUserProviders
    """

    return (
        await asyncio_detailed(
            client=client,
            username=username,
            email=email,
        )
    ).parsed
