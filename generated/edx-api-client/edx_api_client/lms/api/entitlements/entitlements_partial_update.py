from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.entitlement import Entitlement
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    uuid: UUID,
    *,
    body: Entitlement,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/entitlements/v1/entitlements/{uuid}/".format(
            uuid=quote(str(uuid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Entitlement | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = Entitlement.from_dict(response.json())

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
) -> Response[Entitlement | ErrorResponse]:
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
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: Entitlement,
) -> Response[Entitlement | ErrorResponse]:
    """Update part of an entitlement

     Changes fields of the entitlement `uuid`. The doc documents the same body, with the same required
    fields, as for PUT.

    Args:
        uuid (UUID):
        body (Entitlement): A user's entitlement to a course (not to one course run), in a given
            mode, and the run it has been used to enroll in.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Entitlement | ErrorResponse]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: Entitlement,
) -> Entitlement | ErrorResponse | None:
    """Update part of an entitlement

     Changes fields of the entitlement `uuid`. The doc documents the same body, with the same required
    fields, as for PUT.

    Args:
        uuid (UUID):
        body (Entitlement): A user's entitlement to a course (not to one course run), in a given
            mode, and the run it has been used to enroll in.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Entitlement | ErrorResponse
    """

    return sync_detailed(
        uuid=uuid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: Entitlement,
) -> Response[Entitlement | ErrorResponse]:
    """Update part of an entitlement

     Changes fields of the entitlement `uuid`. The doc documents the same body, with the same required
    fields, as for PUT.

    Args:
        uuid (UUID):
        body (Entitlement): A user's entitlement to a course (not to one course run), in a given
            mode, and the run it has been used to enroll in.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Entitlement | ErrorResponse]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: Entitlement,
) -> Entitlement | ErrorResponse | None:
    """Update part of an entitlement

     Changes fields of the entitlement `uuid`. The doc documents the same body, with the same required
    fields, as for PUT.

    Args:
        uuid (UUID):
        body (Entitlement): A user's entitlement to a course (not to one course run), in a given
            mode, and the run it has been used to enroll in.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Entitlement | ErrorResponse
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
