from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.paginated_enterprise_catalog_list import PaginatedEnterpriseCatalogList
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/enterprise/v2/enterprise-catalogs",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PaginatedEnterpriseCatalogList | None:
    if response.status_code == 200:
        response_200 = PaginatedEnterpriseCatalogList.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.api_error(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | PaginatedEnterpriseCatalogList]:
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
) -> Response[ErrorResponse | PaginatedEnterpriseCatalogList]:
    """List the enterprise catalogs

     Returns, a page at a time, the course catalogs that are available to the caller's enterprise
    organization. The page envelope's `count`, `next`, `previous` and `results` are the shared
    pagination values; each result is one catalog. The doc says the API answers in XML unless the
    request sends `Accept: application/json`; this description covers the JSON form.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PaginatedEnterpriseCatalogList]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | PaginatedEnterpriseCatalogList | None:
    """List the enterprise catalogs

     Returns, a page at a time, the course catalogs that are available to the caller's enterprise
    organization. The page envelope's `count`, `next`, `previous` and `results` are the shared
    pagination values; each result is one catalog. The doc says the API answers in XML unless the
    request sends `Accept: application/json`; this description covers the JSON form.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PaginatedEnterpriseCatalogList
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | PaginatedEnterpriseCatalogList]:
    """List the enterprise catalogs

     Returns, a page at a time, the course catalogs that are available to the caller's enterprise
    organization. The page envelope's `count`, `next`, `previous` and `results` are the shared
    pagination values; each result is one catalog. The doc says the API answers in XML unless the
    request sends `Accept: application/json`; this description covers the JSON form.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PaginatedEnterpriseCatalogList]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | PaginatedEnterpriseCatalogList | None:
    """List the enterprise catalogs

     Returns, a page at a time, the course catalogs that are available to the caller's enterprise
    organization. The page envelope's `count`, `next`, `previous` and `results` are the shared
    pagination values; each result is one catalog. The doc says the API answers in XML unless the
    request sends `Accept: application/json`; this description covers the JSON form.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PaginatedEnterpriseCatalogList
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
