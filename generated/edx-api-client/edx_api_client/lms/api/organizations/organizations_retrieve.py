from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.organization import Organization
from ...types import Response


def _get_kwargs(
    short_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/organizations/v0/organizations/{short_name}/".format(
            short_name=quote(str(short_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | Organization | None:
    if response.status_code == 200:
        response_200 = Organization.from_dict(response.json())

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
) -> Response[ErrorResponse | Organization]:
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
    short_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | Organization]:
    """Get one organization

     Returns the organization with the short name given in the path. In the platform's source an inactive
    organization is answered 404 like a missing one.

    Args:
        short_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Organization]
    """

    kwargs = _get_kwargs(
        short_name=short_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    short_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | Organization | None:
    """Get one organization

     Returns the organization with the short name given in the path. In the platform's source an inactive
    organization is answered 404 like a missing one.

    Args:
        short_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Organization
    """

    return sync_detailed(
        short_name=short_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    short_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | Organization]:
    """Get one organization

     Returns the organization with the short name given in the path. In the platform's source an inactive
    organization is answered 404 like a missing one.

    Args:
        short_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Organization]
    """

    kwargs = _get_kwargs(
        short_name=short_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    short_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | Organization | None:
    """Get one organization

     Returns the organization with the short name given in the path. In the platform's source an inactive
    organization is answered 404 like a missing one.

    Args:
        short_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Organization
    """

    return (
        await asyncio_detailed(
            short_name=short_name,
            client=client,
        )
    ).parsed
