from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.user_account_login_session_create_api_version import (
    UserAccountLoginSessionCreateApiVersion,
)
from ...models.user_login_session_request import UserLoginSessionRequest
from ...models.user_login_session_response import UserLoginSessionResponse
from ...types import Response


def _get_kwargs(
    api_version: UserAccountLoginSessionCreateApiVersion,
    *,
    body: UserLoginSessionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/user/{api_version}/account/login_session/".format(
            api_version=quote(str(api_version), safe=""),
        ),
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UserLoginSessionResponse:
    if response.status_code == 200:
        response_200 = UserLoginSessionResponse.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UserLoginSessionResponse]:
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
    api_version: UserAccountLoginSessionCreateApiVersion,
    *,
    client: AuthenticatedClient | Client,
    body: UserLoginSessionRequest,
) -> Response[UserLoginSessionResponse]:
    """Log a user in

    Signs a user in with the `email` (v1) or `email_or_username` (v2) and `password` sent as form
    fields. Success answers 200 with `success` set to true and `redirect_url`, where to go next (null
    when there is nowhere in particular); a failed login answers 400 with an error code. No sign-in is
    needed.

    Who may call: anyone, signed in or not.

    Args:
        api_version (UserAccountLoginSessionCreateApiVersion):
        body (UserLoginSessionRequest): The credentials sent as POST parameters to log in.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[UserLoginSessionResponse]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        api_version=api_version,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    api_version: UserAccountLoginSessionCreateApiVersion,
    *,
    client: AuthenticatedClient | Client,
    body: UserLoginSessionRequest,
) -> UserLoginSessionResponse:
    """Log a user in

    Signs a user in with the `email` (v1) or `email_or_username` (v2) and `password` sent as form
    fields. Success answers 200 with `success` set to true and `redirect_url`, where to go next (null
    when there is nowhere in particular); a failed login answers 400 with an error code. No sign-in is
    needed.

    Who may call: anyone, signed in or not.

    Args:
        api_version (UserAccountLoginSessionCreateApiVersion):
        body (UserLoginSessionRequest): The credentials sent as POST parameters to log in.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        UserLoginSessionResponse
    """

    return sync_detailed(
        api_version=api_version,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    api_version: UserAccountLoginSessionCreateApiVersion,
    *,
    client: AuthenticatedClient | Client,
    body: UserLoginSessionRequest,
) -> Response[UserLoginSessionResponse]:
    """Log a user in

    Signs a user in with the `email` (v1) or `email_or_username` (v2) and `password` sent as form
    fields. Success answers 200 with `success` set to true and `redirect_url`, where to go next (null
    when there is nowhere in particular); a failed login answers 400 with an error code. No sign-in is
    needed.

    Who may call: anyone, signed in or not.

    Args:
        api_version (UserAccountLoginSessionCreateApiVersion):
        body (UserLoginSessionRequest): The credentials sent as POST parameters to log in.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[UserLoginSessionResponse]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        api_version=api_version,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    api_version: UserAccountLoginSessionCreateApiVersion,
    *,
    client: AuthenticatedClient | Client,
    body: UserLoginSessionRequest,
) -> UserLoginSessionResponse:
    """Log a user in

    Signs a user in with the `email` (v1) or `email_or_username` (v2) and `password` sent as form
    fields. Success answers 200 with `success` set to true and `redirect_url`, where to go next (null
    when there is nowhere in particular); a failed login answers 400 with an error code. No sign-in is
    needed.

    Who may call: anyone, signed in or not.

    Args:
        api_version (UserAccountLoginSessionCreateApiVersion):
        body (UserLoginSessionRequest): The credentials sent as POST parameters to log in.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        UserLoginSessionResponse
    """

    return (
        await asyncio_detailed(
            api_version=api_version,
            client=client,
            body=body,
        )
    ).parsed
