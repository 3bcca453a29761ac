from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
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
) -> Any | ErrorResponse | MobileUser | None:
    if response.status_code == 200:
        response_200 = MobileUser.from_dict(response.json())

        return response_200

    if response.status_code == 302:
        response_302 = cast(Any, None)
        return response_302

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
) -> Response[Any | ErrorResponse | MobileUser]:
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
) -> Response[Any | ErrorResponse | MobileUser]:
    """Go to the signed-in user's info

     Redirects to the info page of the user who is signed in, which GET
    /mobile/{api_version}/users/{username} serves (users are sent there after they sign in).

    Args:
        api_version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | MobileUser]
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
) -> Any | ErrorResponse | MobileUser | None:
    """Go to the signed-in user's info

     Redirects to the info page of the user who is signed in, which GET
    /mobile/{api_version}/users/{username} serves (users are sent there after they sign in).

    Args:
        api_version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | MobileUser
    """

    return sync_detailed(
        api_version=api_version,
        client=client,
    ).parsed


async def asyncio_detailed(
    api_version: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorResponse | MobileUser]:
    """Go to the signed-in user's info

     Redirects to the info page of the user who is signed in, which GET
    /mobile/{api_version}/users/{username} serves (users are sent there after they sign in).

    Args:
        api_version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | MobileUser]
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
) -> Any | ErrorResponse | MobileUser | None:
    """Go to the signed-in user's info

     Redirects to the info page of the user who is signed in, which GET
    /mobile/{api_version}/users/{username} serves (users are sent there after they sign in).

    Args:
        api_version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | MobileUser
    """

    return (
        await asyncio_detailed(
            api_version=api_version,
            client=client,
        )
    ).parsed
