from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.user_account import UserAccount
from ...types import UNSET, Response, Unset


def _get_kwargs(
    username: str,
    *,
    view: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["view"] = view

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user/v1/accounts/{username}".format(
            username=quote(str(username), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UserAccount | None:
    if response.status_code == 200:
        response_200 = UserAccount.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.api_error(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | UserAccount]:
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
    view: str | Unset = UNSET,
) -> Response[ErrorResponse | UserAccount]:
    """Retrieve a user account

     Returns the account of the user named in the path. The doc gives only the request line. In the
    platform's source any signed-in user may read an account: the user and global staff get every field
    the site's configuration lists for them, others only the fields the user shares (all the shareable
    fields, only the public ones, or the ones chosen one by one, after the user's `account_privacy`).

    Args:
        username (str):
        view (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UserAccount]
    """

    kwargs = _get_kwargs(
        username=username,
        view=view,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    username: str,
    *,
    client: AuthenticatedClient | Client,
    view: str | Unset = UNSET,
) -> ErrorResponse | UserAccount | None:
    """Retrieve a user account

     Returns the account of the user named in the path. The doc gives only the request line. In the
    platform's source any signed-in user may read an account: the user and global staff get every field
    the site's configuration lists for them, others only the fields the user shares (all the shareable
    fields, only the public ones, or the ones chosen one by one, after the user's `account_privacy`).

    Args:
        username (str):
        view (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UserAccount
    """

    return sync_detailed(
        username=username,
        client=client,
        view=view,
    ).parsed


async def asyncio_detailed(
    username: str,
    *,
    client: AuthenticatedClient | Client,
    view: str | Unset = UNSET,
) -> Response[ErrorResponse | UserAccount]:
    """Retrieve a user account

     Returns the account of the user named in the path. The doc gives only the request line. In the
    platform's source any signed-in user may read an account: the user and global staff get every field
    the site's configuration lists for them, others only the fields the user shares (all the shareable
    fields, only the public ones, or the ones chosen one by one, after the user's `account_privacy`).

    Args:
        username (str):
        view (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UserAccount]
    """

    kwargs = _get_kwargs(
        username=username,
        view=view,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    username: str,
    *,
    client: AuthenticatedClient | Client,
    view: str | Unset = UNSET,
) -> ErrorResponse | UserAccount | None:
    """Retrieve a user account

     Returns the account of the user named in the path. The doc gives only the request line. In the
    platform's source any signed-in user may read an account: the user and global staff get every field
    the site's configuration lists for them, others only the fields the user shares (all the shareable
    fields, only the public ones, or the ones chosen one by one, after the user's `account_privacy`).

    Args:
        username (str):
        view (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UserAccount
    """

    return (
        await asyncio_detailed(
            username=username,
            client=client,
            view=view,
        )
    ).parsed
