from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.license_assign_request import LicenseAssignRequest
from ...models.license_assign_response import LicenseAssignResponse
from ...types import Response


def _get_kwargs(
    subscription_plan_uuid: UUID,
    *,
    body: LicenseAssignRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/enterprise/v1/subscriptions/{subscription_plan_uuid}/licenses/assign".format(
            subscription_plan_uuid=quote(str(subscription_plan_uuid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | LicenseAssignResponse | None:
    if response.status_code == 200:
        response_200 = LicenseAssignResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | LicenseAssignResponse]:
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
    body: LicenseAssignRequest,
) -> Response[ErrorResponse | LicenseAssignResponse]:
    """Assign licenses to users

     Gives each listed user a license of the subscription plan named in the path, optionally emailing
    them about it with the given opening and closing text. Users who already hold a license of the plan
    that has not been revoked are counted rather than given a second one.

    Args:
        subscription_plan_uuid (UUID):
        body (LicenseAssignRequest): Who gets a license, and how they are told about it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | LicenseAssignResponse]
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
    body: LicenseAssignRequest,
) -> ErrorResponse | LicenseAssignResponse | None:
    """Assign licenses to users

     Gives each listed user a license of the subscription plan named in the path, optionally emailing
    them about it with the given opening and closing text. Users who already hold a license of the plan
    that has not been revoked are counted rather than given a second one.

    Args:
        subscription_plan_uuid (UUID):
        body (LicenseAssignRequest): Who gets a license, and how they are told about it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | LicenseAssignResponse
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
    body: LicenseAssignRequest,
) -> Response[ErrorResponse | LicenseAssignResponse]:
    """Assign licenses to users

     Gives each listed user a license of the subscription plan named in the path, optionally emailing
    them about it with the given opening and closing text. Users who already hold a license of the plan
    that has not been revoked are counted rather than given a second one.

    Args:
        subscription_plan_uuid (UUID):
        body (LicenseAssignRequest): Who gets a license, and how they are told about it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | LicenseAssignResponse]
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
    body: LicenseAssignRequest,
) -> ErrorResponse | LicenseAssignResponse | None:
    """Assign licenses to users

     Gives each listed user a license of the subscription plan named in the path, optionally emailing
    them about it with the given opening and closing text. Users who already hold a license of the plan
    that has not been revoked are counted rather than given a second one.

    Args:
        subscription_plan_uuid (UUID):
        body (LicenseAssignRequest): Who gets a license, and how they are told about it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | LicenseAssignResponse
    """

    return (
        await asyncio_detailed(
            subscription_plan_uuid=subscription_plan_uuid,
            client=client,
            body=body,
        )
    ).parsed
