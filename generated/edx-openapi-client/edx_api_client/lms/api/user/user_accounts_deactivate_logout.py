from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.user_deactivate_logout_request import UserDeactivateLogoutRequest
from ...types import Response


def _get_kwargs(
    *,
    body: UserDeactivateLogoutRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/user/v1/accounts/deactivate_logout/",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any:
    if response.status_code == 204:
        return errors.decoded_body(response)
    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any]:
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
    body: UserDeactivateLogoutRequest,
) -> Response[Any]:
    """Deactivate the account and log out

    Deactivates the caller's own account: checks the current password, sent as the form field
    `password`, marks the account as having no usable password, creates its retirement request, emails
    the user and signs them out, answering 204. A wrong password answers 403, as does a site where
    account deletion is not enabled; repeated failures lock the account for a while.

    Who may call: any signed-in user. Anyone else gets 403. Acts on the caller's own account only;
    refused with 403 where the ENABLE_ACCOUNT_DELETION setting is off.

    Args:
        body (UserDeactivateLogoutRequest): The caller's current password, confirming the deletion
            of the account.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Any]: the status, headers, raw body and parsed body.
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
    body: UserDeactivateLogoutRequest,
) -> Any:
    """Deactivate the account and log out

    Deactivates the caller's own account: checks the current password, sent as the form field
    `password`, marks the account as having no usable password, creates its retirement request, emails
    the user and signs them out, answering 204. A wrong password answers 403, as does a site where
    account deletion is not enabled; repeated failures lock the account for a while.

    Who may call: any signed-in user. Anyone else gets 403. Acts on the caller's own account only;
    refused with 403 where the ENABLE_ACCOUNT_DELETION setting is off.

    Args:
        body (UserDeactivateLogoutRequest): The caller's current password, confirming the deletion
            of the account.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Any
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UserDeactivateLogoutRequest,
) -> Response[Any]:
    """Deactivate the account and log out

    Deactivates the caller's own account: checks the current password, sent as the form field
    `password`, marks the account as having no usable password, creates its retirement request, emails
    the user and signs them out, answering 204. A wrong password answers 403, as does a site where
    account deletion is not enabled; repeated failures lock the account for a while.

    Who may call: any signed-in user. Anyone else gets 403. Acts on the caller's own account only;
    refused with 403 where the ENABLE_ACCOUNT_DELETION setting is off.

    Args:
        body (UserDeactivateLogoutRequest): The caller's current password, confirming the deletion
            of the account.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Any]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UserDeactivateLogoutRequest,
) -> Any:
    """Deactivate the account and log out

    Deactivates the caller's own account: checks the current password, sent as the form field
    `password`, marks the account as having no usable password, creates its retirement request, emails
    the user and signs them out, answering 204. A wrong password answers 403, as does a site where
    account deletion is not enabled; repeated failures lock the account for a while.

    Who may call: any signed-in user. Anyone else gets 403. Acts on the caller's own account only;
    refused with 403 where the ENABLE_ACCOUNT_DELETION setting is off.

    Args:
        body (UserDeactivateLogoutRequest): The caller's current password, confirming the deletion
            of the account.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Any
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
