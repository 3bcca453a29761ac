from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mobile_user import MobileUser
from ...types import Response


def _get_kwargs(
    api_version: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mobile/{api_version}/my_user_info".format(
            api_version=quote(str(api_version), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MobileUser:
    if response.status_code == 200:
        response_200 = MobileUser.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MobileUser]:
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
    api_version: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[MobileUser]:
    """Go to the signed-in user's info

    Redirects (302) to the info page of the user who is signed in, which GET
    /mobile/{api_version}/users/{username} serves (users are sent there after they sign in), and records
    the sign-in. Any signed-in user may call it.

    Who may call: any signed-in user. Anyone else gets 403.

    Args:
        api_version (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[MobileUser]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        api_version=api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    api_version: str,
    *,
    client: AuthenticatedClient | Client,
) -> MobileUser:
    """Go to the signed-in user's info

    Redirects (302) to the info page of the user who is signed in, which GET
    /mobile/{api_version}/users/{username} serves (users are sent there after they sign in), and records
    the sign-in. Any signed-in user may call it.

    Who may call: any signed-in user. Anyone else gets 403.

    Args:
        api_version (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        MobileUser
    """

    return sync_detailed(
        api_version=api_version,
        client=client,
    ).parsed


async def asyncio_detailed(
    api_version: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[MobileUser]:
    """Go to the signed-in user's info

    Redirects (302) to the info page of the user who is signed in, which GET
    /mobile/{api_version}/users/{username} serves (users are sent there after they sign in), and records
    the sign-in. Any signed-in user may call it.

    Who may call: any signed-in user. Anyone else gets 403.

    Args:
        api_version (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[MobileUser]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        api_version=api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    api_version: str,
    *,
    client: AuthenticatedClient | Client,
) -> MobileUser:
    """Go to the signed-in user's info

    Redirects (302) to the info page of the user who is signed in, which GET
    /mobile/{api_version}/users/{username} serves (users are sent there after they sign in), and records
    the sign-in. Any signed-in user may call it.

    Who may call: any signed-in user. Anyone else gets 403.

    Args:
        api_version (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        MobileUser
    """

    return (
        await asyncio_detailed(
            api_version=api_version,
            client=client,
        )
    ).parsed
