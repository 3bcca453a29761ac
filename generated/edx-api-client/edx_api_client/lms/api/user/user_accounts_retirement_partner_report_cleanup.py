from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.user_retirement_partner_report_cleanup_item import (
    UserRetirementPartnerReportCleanupItem,
)
from ...types import Response


def _get_kwargs(
    *,
    body: list[UserRetirementPartnerReportCleanupItem],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/user/v1/accounts/retirement_partner_report_cleanup/",
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

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
    *,
    client: AuthenticatedClient | Client,
    body: list[UserRetirementPartnerReportCleanupItem],
) -> Response[Any | ErrorResponse]:
    """Delete partner reporting records

     Deletes the UserRetirementPartnerReportingStatus records of the users that have been reported on;
    the body is a list of objects, each naming a user's original username. In the platform's source an
    empty list, or a username that names no record being processed, answers 400 and deletes nothing.

    Args:
        body (list[UserRetirementPartnerReportCleanupItem]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: list[UserRetirementPartnerReportCleanupItem],
) -> Any | ErrorResponse | None:
    """Delete partner reporting records

     Deletes the UserRetirementPartnerReportingStatus records of the users that have been reported on;
    the body is a list of objects, each naming a user's original username. In the platform's source an
    empty list, or a username that names no record being processed, answers 400 and deletes nothing.

    Args:
        body (list[UserRetirementPartnerReportCleanupItem]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[UserRetirementPartnerReportCleanupItem],
) -> Response[Any | ErrorResponse]:
    """Delete partner reporting records

     Deletes the UserRetirementPartnerReportingStatus records of the users that have been reported on;
    the body is a list of objects, each naming a user's original username. In the platform's source an
    empty list, or a username that names no record being processed, answers 400 and deletes nothing.

    Args:
        body (list[UserRetirementPartnerReportCleanupItem]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: list[UserRetirementPartnerReportCleanupItem],
) -> Any | ErrorResponse | None:
    """Delete partner reporting records

     Deletes the UserRetirementPartnerReportingStatus records of the users that have been reported on;
    the body is a list of objects, each naming a user's original username. In the platform's source an
    empty list, or a username that names no record being processed, answers 400 and deletes nothing.

    Args:
        body (list[UserRetirementPartnerReportCleanupItem]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
