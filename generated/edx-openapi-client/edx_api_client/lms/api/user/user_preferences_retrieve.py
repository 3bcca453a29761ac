from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.user_preferences import UserPreferences
from ...types import Response


def _get_kwargs(
    username: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user/v1/preferences/{username}".format(
            username=quote(str(username), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UserPreferences:
    if response.status_code == 200:
        response_200 = UserPreferences.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UserPreferences]:
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
) -> Response[UserPreferences]:
    """Retrieve a user's preferences

    Returns the preferences of the user named in the path, as one object mapping each preference key to
    its value. The user and global staff may read them; others get 403, and an unknown user answers 404.

    Who may call: the user named by `username`, or global staff. Anyone else gets 403.

    Args:
        username (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[UserPreferences]: the status, headers, raw body and parsed body.
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
) -> UserPreferences:
    """Retrieve a user's preferences

    Returns the preferences of the user named in the path, as one object mapping each preference key to
    its value. The user and global staff may read them; others get 403, and an unknown user answers 404.

    Who may call: the user named by `username`, or global staff. Anyone else gets 403.

    Args:
        username (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        UserPreferences
    """

    return sync_detailed(
        username=username,
        client=client,
    ).parsed


async def asyncio_detailed(
    username: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[UserPreferences]:
    """Retrieve a user's preferences

    Returns the preferences of the user named in the path, as one object mapping each preference key to
    its value. The user and global staff may read them; others get 403, and an unknown user answers 404.

    Who may call: the user named by `username`, or global staff. Anyone else gets 403.

    Args:
        username (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[UserPreferences]: the status, headers, raw body and parsed body.
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
) -> UserPreferences:
    """Retrieve a user's preferences

    Returns the preferences of the user named in the path, as one object mapping each preference key to
    its value. The user and global staff may read them; others get 403, and an unknown user answers 404.

    Who may call: the user named by `username`, or global staff. Anyone else gets 403.

    Args:
        username (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        UserPreferences
    """

    return (
        await asyncio_detailed(
            username=username,
            client=client,
        )
    ).parsed
