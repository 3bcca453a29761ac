from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.license_bulk_revoke_request import LicenseBulkRevokeRequest
from ...types import Response


def _get_kwargs(
    subscription_plan_uuid: UUID,
    *,
    body: LicenseBulkRevokeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/enterprise/v1/subscriptions/{subscription_plan_uuid}/licenses/bulk-revoke".format(
            subscription_plan_uuid=quote(str(subscription_plan_uuid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | ErrorResponse]:
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
    subscription_plan_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: LicenseBulkRevokeRequest,
) -> Response[Any | ErrorResponse]:
    """Revoke licenses in bulk

     Revokes licenses of the subscription plan named in the path, picked either by the users' email
    addresses (`user_emails`) or by `filters`; a request sends one of the two, never both. The
    revocations are all-or-nothing: if one fails, none is kept.

    Args:
        subscription_plan_uuid (UUID):
        body (LicenseBulkRevokeRequest): Which licenses to revoke. Send either `user_emails` or
            `filters`, not both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        subscription_plan_uuid=subscription_plan_uuid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    subscription_plan_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: LicenseBulkRevokeRequest,
) -> Any | ErrorResponse | None:
    """Revoke licenses in bulk

     Revokes licenses of the subscription plan named in the path, picked either by the users' email
    addresses (`user_emails`) or by `filters`; a request sends one of the two, never both. The
    revocations are all-or-nothing: if one fails, none is kept.

    Args:
        subscription_plan_uuid (UUID):
        body (LicenseBulkRevokeRequest): Which licenses to revoke. Send either `user_emails` or
            `filters`, not both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        subscription_plan_uuid=subscription_plan_uuid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    subscription_plan_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: LicenseBulkRevokeRequest,
) -> Response[Any | ErrorResponse]:
    """Revoke licenses in bulk

     Revokes licenses of the subscription plan named in the path, picked either by the users' email
    addresses (`user_emails`) or by `filters`; a request sends one of the two, never both. The
    revocations are all-or-nothing: if one fails, none is kept.

    Args:
        subscription_plan_uuid (UUID):
        body (LicenseBulkRevokeRequest): Which licenses to revoke. Send either `user_emails` or
            `filters`, not both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        subscription_plan_uuid=subscription_plan_uuid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    subscription_plan_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: LicenseBulkRevokeRequest,
) -> Any | ErrorResponse | None:
    """Revoke licenses in bulk

     Revokes licenses of the subscription plan named in the path, picked either by the users' email
    addresses (`user_emails`) or by `filters`; a request sends one of the two, never both. The
    revocations are all-or-nothing: if one fails, none is kept.

    Args:
        subscription_plan_uuid (UUID):
        body (LicenseBulkRevokeRequest): Which licenses to revoke. Send either `user_emails` or
            `filters`, not both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            subscription_plan_uuid=subscription_plan_uuid,
            client=client,
            body=body,
        )
    ).parsed
