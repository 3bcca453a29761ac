from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.user_registration_validation_request import (
    UserRegistrationValidationRequest,
)
from ...models.user_registration_validation_response import (
    UserRegistrationValidationResponse,
)
from ...types import Response


def _get_kwargs(
    *,
    body: UserRegistrationValidationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/user/v1/validation/registration",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UserRegistrationValidationResponse:
    if response.status_code == 200:
        response_200 = UserRegistrationValidationResponse.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UserRegistrationValidationResponse]:
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
    body: UserRegistrationValidationRequest,
) -> Response[UserRegistrationValidationResponse]:
    """Validate registration inputs

    Checks registration form inputs before an account is created. Each key is the name of a registration
    form field and each value the user's input; any subset of the fields may be sent, and some checks
    only run when related fields come together (for example, that the password differs from the
    username). `form_field_key` limits the checks to one field. No sign-in is needed.

    Who may call: anyone, signed in or not.

    Args:
        body (UserRegistrationValidationRequest): Registration inputs to check, keyed by form
            field name; any subset may be sent.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[UserRegistrationValidationResponse]: the status, headers, raw body and parsed body.
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
    body: UserRegistrationValidationRequest,
) -> UserRegistrationValidationResponse:
    """Validate registration inputs

    Checks registration form inputs before an account is created. Each key is the name of a registration
    form field and each value the user's input; any subset of the fields may be sent, and some checks
    only run when related fields come together (for example, that the password differs from the
    username). `form_field_key` limits the checks to one field. No sign-in is needed.

    Who may call: anyone, signed in or not.

    Args:
        body (UserRegistrationValidationRequest): Registration inputs to check, keyed by form
            field name; any subset may be sent.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        UserRegistrationValidationResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UserRegistrationValidationRequest,
) -> Response[UserRegistrationValidationResponse]:
    """Validate registration inputs

    Checks registration form inputs before an account is created. Each key is the name of a registration
    form field and each value the user's input; any subset of the fields may be sent, and some checks
    only run when related fields come together (for example, that the password differs from the
    username). `form_field_key` limits the checks to one field. No sign-in is needed.

    Who may call: anyone, signed in or not.

    Args:
        body (UserRegistrationValidationRequest): Registration inputs to check, keyed by form
            field name; any subset may be sent.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[UserRegistrationValidationResponse]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UserRegistrationValidationRequest,
) -> UserRegistrationValidationResponse:
    """Validate registration inputs

    Checks registration form inputs before an account is created. Each key is the name of a registration
    form field and each value the user's input; any subset of the fields may be sent, and some checks
    only run when related fields come together (for example, that the password differs from the
    username). `form_field_key` limits the checks to one field. No sign-in is needed.

    Who may call: anyone, signed in or not.

    Args:
        body (UserRegistrationValidationRequest): Registration inputs to check, keyed by form
            field name; any subset may be sent.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        UserRegistrationValidationResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
