from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
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
) -> Any:
    if response.status_code == 204:
        return errors.decoded_body(response)
    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any]:
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
) -> Response[Any]:
    """Delete partner reporting records

    Deletes the partner reporting records of the users that have been reported on; the body is a list of
    objects, each naming a user's original username. An empty list, or a username that names no record
    being processed, answers 400 and deletes nothing. Only the retirement service (or a superuser) may
    call it.

    Who may call: the service worker of another edX service. Anyone else gets 403. Admitted: superusers,
    the retirement service worker and any user granted the can_retire_user permission; other callers get
    403.

    Args:
        body (list[UserRetirementPartnerReportCleanupItem]):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Any]: the status, headers, raw body and parsed body.
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
) -> Any:
    """Delete partner reporting records

    Deletes the partner reporting records of the users that have been reported on; the body is a list of
    objects, each naming a user's original username. An empty list, or a username that names no record
    being processed, answers 400 and deletes nothing. Only the retirement service (or a superuser) may
    call it.

    Who may call: the service worker of another edX service. Anyone else gets 403. Admitted: superusers,
    the retirement service worker and any user granted the can_retire_user permission; other callers get
    403.

    Args:
        body (list[UserRetirementPartnerReportCleanupItem]):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Any
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[UserRetirementPartnerReportCleanupItem],
) -> Response[Any]:
    """Delete partner reporting records

    Deletes the partner reporting records of the users that have been reported on; the body is a list of
    objects, each naming a user's original username. An empty list, or a username that names no record
    being processed, answers 400 and deletes nothing. Only the retirement service (or a superuser) may
    call it.

    Who may call: the service worker of another edX service. Anyone else gets 403. Admitted: superusers,
    the retirement service worker and any user granted the can_retire_user permission; other callers get
    403.

    Args:
        body (list[UserRetirementPartnerReportCleanupItem]):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Any]: the status, headers, raw body and parsed body.
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
) -> Any:
    """Delete partner reporting records

    Deletes the partner reporting records of the users that have been reported on; the body is a list of
    objects, each naming a user's original username. An empty list, or a username that names no record
    being processed, answers 400 and deletes nothing. Only the retirement service (or a superuser) may
    call it.

    Who may call: the service worker of another edX service. Anyone else gets 403. Admitted: superusers,
    the retirement service worker and any user granted the can_retire_user permission; other callers get
    403.

    Args:
        body (list[UserRetirementPartnerReportCleanupItem]):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Any
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
