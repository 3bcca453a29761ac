from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.user_replace_usernames_request import UserReplaceUsernamesRequest
from ...models.user_replace_usernames_response import UserReplaceUsernamesResponse
from ...types import Response


def _get_kwargs(
    *,
    body: UserReplaceUsernamesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/user/v1/accounts/replace_usernames/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UserReplaceUsernamesResponse | None:
    if response.status_code == 200:
        response_200 = UserReplaceUsernamesResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

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
) -> Response[ErrorResponse | UserReplaceUsernamesResponse]:
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
    body: UserReplaceUsernamesRequest,
) -> Response[ErrorResponse | UserReplaceUsernamesResponse]:
    """Replace usernames in bulk

     Renames users: each entry of `username_mappings` maps a current username (the key) to the username
    wanted (the value). Once the data validates, the answer maps old usernames to new ones, split into
    the replacements that succeeded and those that failed. In the platform's source an entry that is not
    an object of exactly one member is refused (400), and a username already taken gets a random suffix.

    Args:
        body (UserReplaceUsernamesRequest): The usernames to replace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UserReplaceUsernamesResponse]
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
    body: UserReplaceUsernamesRequest,
) -> ErrorResponse | UserReplaceUsernamesResponse | None:
    """Replace usernames in bulk

     Renames users: each entry of `username_mappings` maps a current username (the key) to the username
    wanted (the value). Once the data validates, the answer maps old usernames to new ones, split into
    the replacements that succeeded and those that failed. In the platform's source an entry that is not
    an object of exactly one member is refused (400), and a username already taken gets a random suffix.

    Args:
        body (UserReplaceUsernamesRequest): The usernames to replace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UserReplaceUsernamesResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UserReplaceUsernamesRequest,
) -> Response[ErrorResponse | UserReplaceUsernamesResponse]:
    """Replace usernames in bulk

     Renames users: each entry of `username_mappings` maps a current username (the key) to the username
    wanted (the value). Once the data validates, the answer maps old usernames to new ones, split into
    the replacements that succeeded and those that failed. In the platform's source an entry that is not
    an object of exactly one member is refused (400), and a username already taken gets a random suffix.

    Args:
        body (UserReplaceUsernamesRequest): The usernames to replace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UserReplaceUsernamesResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UserReplaceUsernamesRequest,
) -> ErrorResponse | UserReplaceUsernamesResponse | None:
    """Replace usernames in bulk

     Renames users: each entry of `username_mappings` maps a current username (the key) to the username
    wanted (the value). Once the data validates, the answer maps old usernames to new ones, split into
    the replacements that succeeded and those that failed. In the platform's source an entry that is not
    an object of exactly one member is refused (400), and a username already taken gets a random suffix.

    Args:
        body (UserReplaceUsernamesRequest): The usernames to replace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UserReplaceUsernamesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
