from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.name_affirmation_latest_verified_name import (
    NameAffirmationLatestVerifiedName,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    username: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/edx_name_affirmation/v1/verified_name",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | NameAffirmationLatestVerifiedName | None:
    if response.status_code == 200:
        response_200 = NameAffirmationLatestVerifiedName.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.api_error(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | NameAffirmationLatestVerifiedName]:
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
) -> Response[ErrorResponse | NameAffirmationLatestVerifiedName]:
    """Retrieve the latest verified name

     Returns the most recent verified name of the requesting user or, with the `username` query
    parameter, of that user, together with whether certificates use it (`use_verified_name_for_certs`).
    Only edX staff may ask about other users (403 otherwise); 404 means the user has no verified name
    record.

    Args:
        username (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | NameAffirmationLatestVerifiedName]
    """

    kwargs = _get_kwargs(
        username=username,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    username: str | Unset = UNSET,
) -> ErrorResponse | NameAffirmationLatestVerifiedName | None:
    """Retrieve the latest verified name

     Returns the most recent verified name of the requesting user or, with the `username` query
    parameter, of that user, together with whether certificates use it (`use_verified_name_for_certs`).
    Only edX staff may ask about other users (403 otherwise); 404 means the user has no verified name
    record.

    Args:
        username (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | NameAffirmationLatestVerifiedName
    """

    return sync_detailed(
        client=client,
        username=username,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    username: str | Unset = UNSET,
) -> Response[ErrorResponse | NameAffirmationLatestVerifiedName]:
    """Retrieve the latest verified name

     Returns the most recent verified name of the requesting user or, with the `username` query
    parameter, of that user, together with whether certificates use it (`use_verified_name_for_certs`).
    Only edX staff may ask about other users (403 otherwise); 404 means the user has no verified name
    record.

    Args:
        username (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | NameAffirmationLatestVerifiedName]
    """

    kwargs = _get_kwargs(
        username=username,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    username: str | Unset = UNSET,
) -> ErrorResponse | NameAffirmationLatestVerifiedName | None:
    """Retrieve the latest verified name

     Returns the most recent verified name of the requesting user or, with the `username` query
    parameter, of that user, together with whether certificates use it (`use_verified_name_for_certs`).
    Only edX staff may ask about other users (403 otherwise); 404 means the user has no verified name
    record.

    Args:
        username (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | NameAffirmationLatestVerifiedName
    """

    return (
        await asyncio_detailed(
            client=client,
            username=username,
        )
    ).parsed
