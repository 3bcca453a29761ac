from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.user_verification_status import UserVerificationStatus
from ...types import Response


def _get_kwargs(
    username: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user/v1/accounts/{username}/verification_status/".format(
            username=quote(str(username), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UserVerificationStatus:
    if response.status_code == 200:
        response_200 = UserVerificationStatus.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UserVerificationStatus]:
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
) -> Response[UserVerificationStatus]:
    """Retrieve a user's ID verification status

    Returns the ID verification status of the user named in the path. The user and global staff may read
    it, others get 403; a user with no verification (or no such user) answers 404.

    Who may call: the user named by `username`, or global staff. Anyone else gets 403.

    Args:
        username (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[UserVerificationStatus]: the status, headers, raw body and parsed body.
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
) -> UserVerificationStatus:
    """Retrieve a user's ID verification status

    Returns the ID verification status of the user named in the path. The user and global staff may read
    it, others get 403; a user with no verification (or no such user) answers 404.

    Who may call: the user named by `username`, or global staff. Anyone else gets 403.

    Args:
        username (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        UserVerificationStatus
    """

    return sync_detailed(
        username=username,
        client=client,
    ).parsed


async def asyncio_detailed(
    username: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[UserVerificationStatus]:
    """Retrieve a user's ID verification status

    Returns the ID verification status of the user named in the path. The user and global staff may read
    it, others get 403; a user with no verification (or no such user) answers 404.

    Who may call: the user named by `username`, or global staff. Anyone else gets 403.

    Args:
        username (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[UserVerificationStatus]: the status, headers, raw body and parsed body.
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
) -> UserVerificationStatus:
    """Retrieve a user's ID verification status

    Returns the ID verification status of the user named in the path. The user and global staff may read
    it, others get 403; a user with no verification (or no such user) answers 404.

    Who may call: the user named by `username`, or global staff. Anyone else gets 403.

    Args:
        username (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        UserVerificationStatus
    """

    return (
        await asyncio_detailed(
            username=username,
            client=client,
        )
    ).parsed
