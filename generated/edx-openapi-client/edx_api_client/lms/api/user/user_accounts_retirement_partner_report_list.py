from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.user_retirement_partner_report import UserRetirementPartnerReport
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/user/v1/accounts/retirement_partner_report/",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[UserRetirementPartnerReport]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = UserRetirementPartnerReport.from_dict(
                response_200_item_data
            )

            response_200.append(response_200_item)

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[UserRetirementPartnerReport]]:
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
) -> Response[list[UserRetirementPartnerReport]]:
    """Take the users due for partner reporting

    Returns the users whose retirement no one is reporting to partners yet, and marks each of them as
    being processed. It reads no request body. Only the retirement service (or a superuser) may call it.

    Who may call: the service worker of another edX service. Anyone else gets 403. Admitted: superusers,
    the retirement service worker and any user granted the can_retire_user permission; other callers get
    403.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[list[UserRetirementPartnerReport]]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> list[UserRetirementPartnerReport]:
    """Take the users due for partner reporting

    Returns the users whose retirement no one is reporting to partners yet, and marks each of them as
    being processed. It reads no request body. Only the retirement service (or a superuser) may call it.

    Who may call: the service worker of another edX service. Anyone else gets 403. Admitted: superusers,
    the retirement service worker and any user granted the can_retire_user permission; other callers get
    403.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        list[UserRetirementPartnerReport]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[UserRetirementPartnerReport]]:
    """Take the users due for partner reporting

    Returns the users whose retirement no one is reporting to partners yet, and marks each of them as
    being processed. It reads no request body. Only the retirement service (or a superuser) may call it.

    Who may call: the service worker of another edX service. Anyone else gets 403. Admitted: superusers,
    the retirement service worker and any user granted the can_retire_user permission; other callers get
    403.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[list[UserRetirementPartnerReport]]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> list[UserRetirementPartnerReport]:
    """Take the users due for partner reporting

    Returns the users whose retirement no one is reporting to partners yet, and marks each of them as
    being processed. It reads no request body. Only the retirement service (or a superuser) may call it.

    Who may call: the service worker of another edX service. Anyone else gets 403. Admitted: superusers,
    the retirement service worker and any user granted the can_retire_user permission; other callers get
    403.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        list[UserRetirementPartnerReport]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
