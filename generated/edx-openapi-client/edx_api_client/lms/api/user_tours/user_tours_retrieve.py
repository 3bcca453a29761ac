from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.user_tour import UserTour
from ...types import Response


def _get_kwargs(
    username: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user_tours/v1/{username}".format(
            username=quote(str(username), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UserTour:
    if response.status_code == 200:
        response_200 = UserTour.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UserTour]:
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
) -> Response[UserTour]:
    """Get a user's tour state

    Returns the tour state of the user named in the path. The user and global staff may read it; any
    other caller gets 400. Every call answers 403 while user tours are disabled, and 404 when the user
    has no tour state (which should not happen).

    Who may call: the user named by `username`, or global staff. Anyone else gets 400. The wrong caller
    is answered 400, not 403. Refused with 403 for everyone while the USER_TOURS_DISABLED waffle flag is
    on.

    Args:
        username (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[UserTour]: the status, headers, raw body and parsed body.
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
) -> UserTour:
    """Get a user's tour state

    Returns the tour state of the user named in the path. The user and global staff may read it; any
    other caller gets 400. Every call answers 403 while user tours are disabled, and 404 when the user
    has no tour state (which should not happen).

    Who may call: the user named by `username`, or global staff. Anyone else gets 400. The wrong caller
    is answered 400, not 403. Refused with 403 for everyone while the USER_TOURS_DISABLED waffle flag is
    on.

    Args:
        username (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        UserTour
    """

    return sync_detailed(
        username=username,
        client=client,
    ).parsed


async def asyncio_detailed(
    username: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[UserTour]:
    """Get a user's tour state

    Returns the tour state of the user named in the path. The user and global staff may read it; any
    other caller gets 400. Every call answers 403 while user tours are disabled, and 404 when the user
    has no tour state (which should not happen).

    Who may call: the user named by `username`, or global staff. Anyone else gets 400. The wrong caller
    is answered 400, not 403. Refused with 403 for everyone while the USER_TOURS_DISABLED waffle flag is
    on.

    Args:
        username (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[UserTour]: the status, headers, raw body and parsed body.
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
) -> UserTour:
    """Get a user's tour state

    Returns the tour state of the user named in the path. The user and global staff may read it; any
    other caller gets 400. Every call answers 403 while user tours are disabled, and 404 when the user
    has no tour state (which should not happen).

    Who may call: the user named by `username`, or global staff. Anyone else gets 400. The wrong caller
    is answered 400, not 403. Refused with 403 for everyone while the USER_TOURS_DISABLED waffle flag is
    on.

    Args:
        username (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        UserTour
    """

    return (
        await asyncio_detailed(
            username=username,
            client=client,
        )
    ).parsed
