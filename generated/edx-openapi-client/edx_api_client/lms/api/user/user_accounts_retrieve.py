from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
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
) -> UserAccount:
    if response.status_code == 200:
        response_200 = UserAccount.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UserAccount]:
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
) -> Response[UserAccount]:
    """Retrieve a user account

    Returns the account of the user named in the path. Any signed-in user may read an account: the user
    and global staff get every field the site's configuration lists for them, others only the fields the
    user shares (all the shareable fields, only the public ones, or the ones chosen one by one, after
    the user's `account_privacy`). An unknown username answers 404.

    Who may call: any signed-in user. Anyone else gets 403. Callers other than the user and global staff
    are not refused; they get only the fields the user shares.

    Args:
        username (str):
        view (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[UserAccount]: the status, headers, raw body and parsed body.
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
) -> UserAccount:
    """Retrieve a user account

    Returns the account of the user named in the path. Any signed-in user may read an account: the user
    and global staff get every field the site's configuration lists for them, others only the fields the
    user shares (all the shareable fields, only the public ones, or the ones chosen one by one, after
    the user's `account_privacy`). An unknown username answers 404.

    Who may call: any signed-in user. Anyone else gets 403. Callers other than the user and global staff
    are not refused; they get only the fields the user shares.

    Args:
        username (str):
        view (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        UserAccount
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
) -> Response[UserAccount]:
    """Retrieve a user account

    Returns the account of the user named in the path. Any signed-in user may read an account: the user
    and global staff get every field the site's configuration lists for them, others only the fields the
    user shares (all the shareable fields, only the public ones, or the ones chosen one by one, after
    the user's `account_privacy`). An unknown username answers 404.

    Who may call: any signed-in user. Anyone else gets 403. Callers other than the user and global staff
    are not refused; they get only the fields the user shares.

    Args:
        username (str):
        view (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[UserAccount]: the status, headers, raw body and parsed body.
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
) -> UserAccount:
    """Retrieve a user account

    Returns the account of the user named in the path. Any signed-in user may read an account: the user
    and global staff get every field the site's configuration lists for them, others only the fields the
    user shares (all the shareable fields, only the public ones, or the ones chosen one by one, after
    the user's `account_privacy`). An unknown username answers 404.

    Who may call: any signed-in user. Anyone else gets 403. Callers other than the user and global staff
    are not refused; they get only the fields the user shares.

    Args:
        username (str):
        view (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        UserAccount
    """

    return (
        await asyncio_detailed(
            username=username,
            client=client,
            view=view,
        )
    ).parsed
