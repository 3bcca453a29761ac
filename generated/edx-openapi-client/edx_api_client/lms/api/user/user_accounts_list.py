from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.user_account import UserAccount
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    username: str | Unset = UNSET,
    email: str | Unset = UNSET,
    lms_user_id: str | Unset = UNSET,
    view: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["username"] = username

    params["email"] = email

    params["lms_user_id"] = lms_user_id

    params["view"] = view

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user/v1/accounts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[UserAccount]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = UserAccount.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[UserAccount]]:
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
    lms_user_id: str | Unset = UNSET,
    view: str | Unset = UNSET,
) -> Response[list[UserAccount]]:
    """List user accounts

    Returns the accounts picked by the query: a comma-separated list of usernames, an email address, or
    an LMS user id; with no filter, the caller's own account. Each account has the fields of a single
    account read. An email address or user id that matches no user answers 404 (a retired email address
    answers 404 with the retirement's details), as does a list of usernames none of which exists. Any
    signed-in user may call it; only global staff may select by email address or user id (403
    otherwise).

    Who may call: any signed-in user. Anyone else gets 403. Selecting by email or lms_user_id is for
    global staff (and superusers) only; other callers get 403 for those filters.

    Args:
        username (str | Unset):
        email (str | Unset):
        lms_user_id (str | Unset):
        view (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[list[UserAccount]]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        username=username,
        email=email,
        lms_user_id=lms_user_id,
        view=view,
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
    lms_user_id: str | Unset = UNSET,
    view: str | Unset = UNSET,
) -> list[UserAccount]:
    """List user accounts

    Returns the accounts picked by the query: a comma-separated list of usernames, an email address, or
    an LMS user id; with no filter, the caller's own account. Each account has the fields of a single
    account read. An email address or user id that matches no user answers 404 (a retired email address
    answers 404 with the retirement's details), as does a list of usernames none of which exists. Any
    signed-in user may call it; only global staff may select by email address or user id (403
    otherwise).

    Who may call: any signed-in user. Anyone else gets 403. Selecting by email or lms_user_id is for
    global staff (and superusers) only; other callers get 403 for those filters.

    Args:
        username (str | Unset):
        email (str | Unset):
        lms_user_id (str | Unset):
        view (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        list[UserAccount]
    """

    return sync_detailed(
        client=client,
        username=username,
        email=email,
        lms_user_id=lms_user_id,
        view=view,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    username: str | Unset = UNSET,
    email: str | Unset = UNSET,
    lms_user_id: str | Unset = UNSET,
    view: str | Unset = UNSET,
) -> Response[list[UserAccount]]:
    """List user accounts

    Returns the accounts picked by the query: a comma-separated list of usernames, an email address, or
    an LMS user id; with no filter, the caller's own account. Each account has the fields of a single
    account read. An email address or user id that matches no user answers 404 (a retired email address
    answers 404 with the retirement's details), as does a list of usernames none of which exists. Any
    signed-in user may call it; only global staff may select by email address or user id (403
    otherwise).

    Who may call: any signed-in user. Anyone else gets 403. Selecting by email or lms_user_id is for
    global staff (and superusers) only; other callers get 403 for those filters.

    Args:
        username (str | Unset):
        email (str | Unset):
        lms_user_id (str | Unset):
        view (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[list[UserAccount]]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        username=username,
        email=email,
        lms_user_id=lms_user_id,
        view=view,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    username: str | Unset = UNSET,
    email: str | Unset = UNSET,
    lms_user_id: str | Unset = UNSET,
    view: str | Unset = UNSET,
) -> list[UserAccount]:
    """List user accounts

    Returns the accounts picked by the query: a comma-separated list of usernames, an email address, or
    an LMS user id; with no filter, the caller's own account. Each account has the fields of a single
    account read. An email address or user id that matches no user answers 404 (a retired email address
    answers 404 with the retirement's details), as does a list of usernames none of which exists. Any
    signed-in user may call it; only global staff may select by email address or user id (403
    otherwise).

    Who may call: any signed-in user. Anyone else gets 403. Selecting by email or lms_user_id is for
    global staff (and superusers) only; other callers get 403 for those filters.

    Args:
        username (str | Unset):
        email (str | Unset):
        lms_user_id (str | Unset):
        view (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        list[UserAccount]
    """

    return (
        await asyncio_detailed(
            client=client,
            username=username,
            email=email,
            lms_user_id=lms_user_id,
            view=view,
        )
    ).parsed
