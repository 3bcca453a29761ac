from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.program import Program
from ...types import Response


def _get_kwargs(
    catalog_id: str,
    program_uuid: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/enterprise/v2/enterprise-catalogs/{catalog_id}/programs/{program_uuid}".format(
            catalog_id=quote(str(catalog_id), safe=""),
            program_uuid=quote(str(program_uuid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | Program | None:
    if response.status_code == 200:
        response_200 = Program.from_dict(response.json())

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
) -> Response[ErrorResponse | Program]:
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
    catalog_id: str,
    program_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | Program]:
    """Retrieve a program of an enterprise catalog

     Returns one program of a catalog, as described in Fields in a program Content Item (§3.12.3). The
    program ID is the `uuid` of a program item listed by the catalog. The doc says the API answers in
    XML unless the request sends `Accept: application/json`; this description covers the JSON form.

    Args:
        catalog_id (str):
        program_uuid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Program]
    """

    kwargs = _get_kwargs(
        catalog_id=catalog_id,
        program_uuid=program_uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    catalog_id: str,
    program_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | Program | None:
    """Retrieve a program of an enterprise catalog

     Returns one program of a catalog, as described in Fields in a program Content Item (§3.12.3). The
    program ID is the `uuid` of a program item listed by the catalog. The doc says the API answers in
    XML unless the request sends `Accept: application/json`; this description covers the JSON form.

    Args:
        catalog_id (str):
        program_uuid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Program
    """

    return sync_detailed(
        catalog_id=catalog_id,
        program_uuid=program_uuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    catalog_id: str,
    program_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | Program]:
    """Retrieve a program of an enterprise catalog

     Returns one program of a catalog, as described in Fields in a program Content Item (§3.12.3). The
    program ID is the `uuid` of a program item listed by the catalog. The doc says the API answers in
    XML unless the request sends `Accept: application/json`; this description covers the JSON form.

    Args:
        catalog_id (str):
        program_uuid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Program]
    """

    kwargs = _get_kwargs(
        catalog_id=catalog_id,
        program_uuid=program_uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    catalog_id: str,
    program_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | Program | None:
    """Retrieve a program of an enterprise catalog

     Returns one program of a catalog, as described in Fields in a program Content Item (§3.12.3). The
    program ID is the `uuid` of a program item listed by the catalog. The doc says the API answers in
    XML unless the request sends `Accept: application/json`; this description covers the JSON form.

    Args:
        catalog_id (str):
        program_uuid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Program
    """

    return (
        await asyncio_detailed(
            catalog_id=catalog_id,
            program_uuid=program_uuid,
            client=client,
        )
    ).parsed
