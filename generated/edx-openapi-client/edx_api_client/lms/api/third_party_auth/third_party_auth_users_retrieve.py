from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.third_party_auth_user_providers import ThirdPartyAuthUserProviders
from ...types import Response


def _get_kwargs(
    username: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/third_party_auth/v0/users/{username}".format(
            username=quote(str(username), safe=""),
        ),
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
    username: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ThirdPartyAuthUserProviders]:
    """Get the providers of a user

    Returns the third-party auth providers linked to the account named in the path, by username or by
    email address (a value with `@` is taken as an email address). This older route answers like GET
    /third_party_auth/v0/users/, with the same limits on asking about another user.

    Who may call: the user named by `username`, global staff, or the service worker of another edX
    service. Anyone else gets 403. Admitted for any account: superusers and requests carrying the
    server's API key; global staff without superuser status count as other users. Where
    ALLOW_UNPRIVILEGED_SSO_PROVIDER_QUERY is on, anyone may ask about any user but the remote ids are
    left out; otherwise 403.

    Args:
        username (str):

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
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    username: str,
    *,
    client: AuthenticatedClient | Client,
) -> ThirdPartyAuthUserProviders:
    """Get the providers of a user

    Returns the third-party auth providers linked to the account named in the path, by username or by
    email address (a value with `@` is taken as an email address). This older route answers like GET
    /third_party_auth/v0/users/, with the same limits on asking about another user.

    Who may call: the user named by `username`, global staff, or the service worker of another edX
    service. Anyone else gets 403. Admitted for any account: superusers and requests carrying the
    server's API key; global staff without superuser status count as other users. Where
    ALLOW_UNPRIVILEGED_SSO_PROVIDER_QUERY is on, anyone may ask about any user but the remote ids are
    left out; otherwise 403.

    Args:
        username (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        ThirdPartyAuthUserProviders
    """

    return sync_detailed(
        username=username,
        client=client,
    ).parsed


async def asyncio_detailed(
    username: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ThirdPartyAuthUserProviders]:
    """Get the providers of a user

    Returns the third-party auth providers linked to the account named in the path, by username or by
    email address (a value with `@` is taken as an email address). This older route answers like GET
    /third_party_auth/v0/users/, with the same limits on asking about another user.

    Who may call: the user named by `username`, global staff, or the service worker of another edX
    service. Anyone else gets 403. Admitted for any account: superusers and requests carrying the
    server's API key; global staff without superuser status count as other users. Where
    ALLOW_UNPRIVILEGED_SSO_PROVIDER_QUERY is on, anyone may ask about any user but the remote ids are
    left out; otherwise 403.

    Args:
        username (str):

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
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    username: str,
    *,
    client: AuthenticatedClient | Client,
) -> ThirdPartyAuthUserProviders:
    """Get the providers of a user

    Returns the third-party auth providers linked to the account named in the path, by username or by
    email address (a value with `@` is taken as an email address). This older route answers like GET
    /third_party_auth/v0/users/, with the same limits on asking about another user.

    Who may call: the user named by `username`, global staff, or the service worker of another edX
    service. Anyone else gets 403. Admitted for any account: superusers and requests carrying the
    server's API key; global staff without superuser status count as other users. Where
    ALLOW_UNPRIVILEGED_SSO_PROVIDER_QUERY is on, anyone may ask about any user but the remote ids are
    left out; otherwise 403.

    Args:
        username (str):

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
            username=username,
            client=client,
        )
    ).parsed
