from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.name_affirmation_empty_response import NameAffirmationEmptyResponse
from ...models.name_affirmation_verified_name_config import (
    NameAffirmationVerifiedNameConfig,
)
from ...types import Response


def _get_kwargs(
    *,
    body: NameAffirmationVerifiedNameConfig,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/edx_name_affirmation/v1/verified_name/config",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NameAffirmationEmptyResponse:
    if response.status_code == 201:
        response_201 = NameAffirmationEmptyResponse.from_dict(response.json())

        return response_201

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[NameAffirmationEmptyResponse]:
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
    body: NameAffirmationVerifiedNameConfig,
) -> Response[NameAffirmationEmptyResponse]:
    """Create a verified name configuration

    Records, for the user in `username`, whether certificates should use the verified name
    (`use_verified_name_for_certs`). A user may set their own configuration; only global staff may set
    another user's (403 otherwise). Data that breaks the validation rules answers 400.

    Who may call: the user named by `username`, or global staff. Anyone else gets 403. The `username`
    sent must be the caller's own unless the caller is global staff.

    Args:
        body (NameAffirmationVerifiedNameConfig): A user's verified name configuration.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[NameAffirmationEmptyResponse]: the status, headers, raw body and parsed body.
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
    body: NameAffirmationVerifiedNameConfig,
) -> NameAffirmationEmptyResponse:
    """Create a verified name configuration

    Records, for the user in `username`, whether certificates should use the verified name
    (`use_verified_name_for_certs`). A user may set their own configuration; only global staff may set
    another user's (403 otherwise). Data that breaks the validation rules answers 400.

    Who may call: the user named by `username`, or global staff. Anyone else gets 403. The `username`
    sent must be the caller's own unless the caller is global staff.

    Args:
        body (NameAffirmationVerifiedNameConfig): A user's verified name configuration.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        NameAffirmationEmptyResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NameAffirmationVerifiedNameConfig,
) -> Response[NameAffirmationEmptyResponse]:
    """Create a verified name configuration

    Records, for the user in `username`, whether certificates should use the verified name
    (`use_verified_name_for_certs`). A user may set their own configuration; only global staff may set
    another user's (403 otherwise). Data that breaks the validation rules answers 400.

    Who may call: the user named by `username`, or global staff. Anyone else gets 403. The `username`
    sent must be the caller's own unless the caller is global staff.

    Args:
        body (NameAffirmationVerifiedNameConfig): A user's verified name configuration.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[NameAffirmationEmptyResponse]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: NameAffirmationVerifiedNameConfig,
) -> NameAffirmationEmptyResponse:
    """Create a verified name configuration

    Records, for the user in `username`, whether certificates should use the verified name
    (`use_verified_name_for_certs`). A user may set their own configuration; only global staff may set
    another user's (403 otherwise). Data that breaks the validation rules answers 400.

    Who may call: the user named by `username`, or global staff. Anyone else gets 403. The `username`
    sent must be the caller's own unless the caller is global staff.

    Args:
        body (NameAffirmationVerifiedNameConfig): A user's verified name configuration.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        NameAffirmationEmptyResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
