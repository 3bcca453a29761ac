from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response, Unset


def _get_kwargs(
    uuid: UUID,
    *,
    is_refund: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["is_refund"] = is_refund

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/entitlements/v1/entitlements/{uuid}/enrollments".format(
            uuid=quote(str(uuid), safe=""),
        ),
        "params": params,
    }

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
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    is_refund: bool | Unset = UNSET,
) -> Response[Any]:
    """Unenroll from the course run of an entitlement

    Unenrolls the calling user from the course run enrollment of the entitlement `uuid`. When
    `is_refund` is true, the entitlement's expiration is also set and a refund is issued; a refund of an
    entitlement that is not refundable answers 400. Only the entitlement's owner may call it: another
    user's entitlement, like an unknown or expired one, answers 400.

    Who may call: the signed-in user, about themself. Anyone else gets 403. Only the entitlement's own
    user passes: the view looks the entitlement up among the caller's unexpired entitlements and answers
    400 (not 403) otherwise; staff get no exception.

    Args:
        uuid (UUID):
        is_refund (bool | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Any]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        is_refund=is_refund,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    is_refund: bool | Unset = UNSET,
) -> Any:
    """Unenroll from the course run of an entitlement

    Unenrolls the calling user from the course run enrollment of the entitlement `uuid`. When
    `is_refund` is true, the entitlement's expiration is also set and a refund is issued; a refund of an
    entitlement that is not refundable answers 400. Only the entitlement's owner may call it: another
    user's entitlement, like an unknown or expired one, answers 400.

    Who may call: the signed-in user, about themself. Anyone else gets 403. Only the entitlement's own
    user passes: the view looks the entitlement up among the caller's unexpired entitlements and answers
    400 (not 403) otherwise; staff get no exception.

    Args:
        uuid (UUID):
        is_refund (bool | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Any
    """

    return sync_detailed(
        uuid=uuid,
        client=client,
        is_refund=is_refund,
    ).parsed


async def asyncio_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    is_refund: bool | Unset = UNSET,
) -> Response[Any]:
    """Unenroll from the course run of an entitlement

    Unenrolls the calling user from the course run enrollment of the entitlement `uuid`. When
    `is_refund` is true, the entitlement's expiration is also set and a refund is issued; a refund of an
    entitlement that is not refundable answers 400. Only the entitlement's owner may call it: another
    user's entitlement, like an unknown or expired one, answers 400.

    Who may call: the signed-in user, about themself. Anyone else gets 403. Only the entitlement's own
    user passes: the view looks the entitlement up among the caller's unexpired entitlements and answers
    400 (not 403) otherwise; staff get no exception.

    Args:
        uuid (UUID):
        is_refund (bool | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Any]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        is_refund=is_refund,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    is_refund: bool | Unset = UNSET,
) -> Any:
    """Unenroll from the course run of an entitlement

    Unenrolls the calling user from the course run enrollment of the entitlement `uuid`. When
    `is_refund` is true, the entitlement's expiration is also set and a refund is issued; a refund of an
    entitlement that is not refundable answers 400. Only the entitlement's owner may call it: another
    user's entitlement, like an unknown or expired one, answers 400.

    Who may call: the signed-in user, about themself. Anyone else gets 403. Only the entitlement's own
    user passes: the view looks the entitlement up among the caller's unexpired entitlements and answers
    400 (not 403) otherwise; staff get no exception.

    Args:
        uuid (UUID):
        is_refund (bool | Unset):

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
            uuid=uuid,
            client=client,
            is_refund=is_refund,
        )
    ).parsed
