from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    username: str,
    preference_key: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user/v1/preferences/{username}/{preference_key}".format(
            username=quote(str(username), safe=""),
            preference_key=quote(str(preference_key), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | str | None:
    if response.status_code == 200:
        response_200 = cast(str, response.json())
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
) -> Response[ErrorResponse | str]:
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
    preference_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | str]:
    """Retrieve one preference of a user

     Returns the preference named in the path of the user named in the path. The doc gives only the
    request line. In the platform's source the answer is the preference's value, a JSON string; a
    preference the user has not set answers 404.

    Args:
        username (str):
        preference_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | str]
    """

    kwargs = _get_kwargs(
        username=username,
        preference_key=preference_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    username: str,
    preference_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | str | None:
    """Retrieve one preference of a user

     Returns the preference named in the path of the user named in the path. The doc gives only the
    request line. In the platform's source the answer is the preference's value, a JSON string; a
    preference the user has not set answers 404.

    Args:
        username (str):
        preference_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | str
    """

    return sync_detailed(
        username=username,
        preference_key=preference_key,
        client=client,
    ).parsed


async def asyncio_detailed(
    username: str,
    preference_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | str]:
    """Retrieve one preference of a user

     Returns the preference named in the path of the user named in the path. The doc gives only the
    request line. In the platform's source the answer is the preference's value, a JSON string; a
    preference the user has not set answers 404.

    Args:
        username (str):
        preference_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | str]
    """

    kwargs = _get_kwargs(
        username=username,
        preference_key=preference_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    username: str,
    preference_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | str | None:
    """Retrieve one preference of a user

     Returns the preference named in the path of the user named in the path. The doc gives only the
    request line. In the platform's source the answer is the preference's value, a JSON string; a
    preference the user has not set answers 404.

    Args:
        username (str):
        preference_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | str
    """

    return (
        await asyncio_detailed(
            username=username,
            preference_key=preference_key,
            client=client,
        )
    ).parsed
