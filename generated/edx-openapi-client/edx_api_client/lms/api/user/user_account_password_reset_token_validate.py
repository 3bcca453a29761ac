from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.user_password_reset_token_validation_request import (
    UserPasswordResetTokenValidationRequest,
)
from ...models.user_password_reset_token_validation_response import (
    UserPasswordResetTokenValidationResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: UserPasswordResetTokenValidationRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/user/v1/account/password_reset/token/validate/",
    }

    if isinstance(body, UserPasswordResetTokenValidationRequest):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UserPasswordResetTokenValidationResponse:
    if response.status_code == 200:
        response_200 = UserPasswordResetTokenValidationResponse.from_dict(
            response.json()
        )

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UserPasswordResetTokenValidationResponse]:
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
    body: UserPasswordResetTokenValidationRequest | Unset = UNSET,
) -> Response[UserPasswordResetTokenValidationResponse]:
    """Validate a password reset token

    Checks a password reset token, sent as `token` (the user id in base 36, a dash, then the token
    proper), and answers whether it is valid. A malformed or unknown token, a token of another user than
    the signed-in one, or a user who asked for retirement answers `is_valid: false`. A valid token also
    activates an inactive account. No sign-in is needed; calls are rate-limited per client.

    Who may call: anyone, signed in or not. A signed-in caller can only validate a token of their own
    account; others answer is_valid false rather than 403.

    Args:
        body (UserPasswordResetTokenValidationRequest): The password reset token to check.
        body (UserPasswordResetTokenValidationRequest): The password reset token to check.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[UserPasswordResetTokenValidationResponse]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: UserPasswordResetTokenValidationRequest | Unset = UNSET,
) -> UserPasswordResetTokenValidationResponse:
    """Validate a password reset token

    Checks a password reset token, sent as `token` (the user id in base 36, a dash, then the token
    proper), and answers whether it is valid. A malformed or unknown token, a token of another user than
    the signed-in one, or a user who asked for retirement answers `is_valid: false`. A valid token also
    activates an inactive account. No sign-in is needed; calls are rate-limited per client.

    Who may call: anyone, signed in or not. A signed-in caller can only validate a token of their own
    account; others answer is_valid false rather than 403.

    Args:
        body (UserPasswordResetTokenValidationRequest): The password reset token to check.
        body (UserPasswordResetTokenValidationRequest): The password reset token to check.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        UserPasswordResetTokenValidationResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UserPasswordResetTokenValidationRequest | Unset = UNSET,
) -> Response[UserPasswordResetTokenValidationResponse]:
    """Validate a password reset token

    Checks a password reset token, sent as `token` (the user id in base 36, a dash, then the token
    proper), and answers whether it is valid. A malformed or unknown token, a token of another user than
    the signed-in one, or a user who asked for retirement answers `is_valid: false`. A valid token also
    activates an inactive account. No sign-in is needed; calls are rate-limited per client.

    Who may call: anyone, signed in or not. A signed-in caller can only validate a token of their own
    account; others answer is_valid false rather than 403.

    Args:
        body (UserPasswordResetTokenValidationRequest): The password reset token to check.
        body (UserPasswordResetTokenValidationRequest): The password reset token to check.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[UserPasswordResetTokenValidationResponse]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UserPasswordResetTokenValidationRequest | Unset = UNSET,
) -> UserPasswordResetTokenValidationResponse:
    """Validate a password reset token

    Checks a password reset token, sent as `token` (the user id in base 36, a dash, then the token
    proper), and answers whether it is valid. A malformed or unknown token, a token of another user than
    the signed-in one, or a user who asked for retirement answers `is_valid: false`. A valid token also
    activates an inactive account. No sign-in is needed; calls are rate-limited per client.

    Who may call: anyone, signed in or not. A signed-in caller can only validate a token of their own
    account; others answer is_valid false rather than 403.

    Args:
        body (UserPasswordResetTokenValidationRequest): The password reset token to check.
        body (UserPasswordResetTokenValidationRequest): The password reset token to check.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        UserPasswordResetTokenValidationResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
