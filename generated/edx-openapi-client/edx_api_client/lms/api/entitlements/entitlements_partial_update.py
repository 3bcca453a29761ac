from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.entitlement import Entitlement
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
) -> Entitlement:
    if response.status_code == 200:
        response_200 = Entitlement.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Entitlement]:
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
) -> Response[Entitlement]:
    """Update part of an entitlement

    Changes fields of the entitlement `uuid`. An unknown `uuid` answers 400. Only global staff users and
    users with the global support role may call it; other signed-in users are refused with 403.

    Who may call: global staff. Anyone else gets 403. Users holding the global support role are admitted
    as well as staff users.

    Args:
        uuid (UUID):
        body (Entitlement): A user's entitlement to a course (not to one course run), in a given
            mode, and the run it has been used to enroll in.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Entitlement]: the status, headers, raw body and parsed body.
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
) -> Entitlement:
    """Update part of an entitlement

    Changes fields of the entitlement `uuid`. An unknown `uuid` answers 400. Only global staff users and
    users with the global support role may call it; other signed-in users are refused with 403.

    Who may call: global staff. Anyone else gets 403. Users holding the global support role are admitted
    as well as staff users.

    Args:
        uuid (UUID):
        body (Entitlement): A user's entitlement to a course (not to one course run), in a given
            mode, and the run it has been used to enroll in.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Entitlement
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
) -> Response[Entitlement]:
    """Update part of an entitlement

    Changes fields of the entitlement `uuid`. An unknown `uuid` answers 400. Only global staff users and
    users with the global support role may call it; other signed-in users are refused with 403.

    Who may call: global staff. Anyone else gets 403. Users holding the global support role are admitted
    as well as staff users.

    Args:
        uuid (UUID):
        body (Entitlement): A user's entitlement to a course (not to one course run), in a given
            mode, and the run it has been used to enroll in.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Entitlement]: the status, headers, raw body and parsed body.
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
) -> Entitlement:
    """Update part of an entitlement

    Changes fields of the entitlement `uuid`. An unknown `uuid` answers 400. Only global staff users and
    users with the global support role may call it; other signed-in users are refused with 403.

    Who may call: global staff. Anyone else gets 403. Users holding the global support role are admitted
    as well as staff users.

    Args:
        uuid (UUID):
        body (Entitlement): A user's entitlement to a course (not to one course run), in a given
            mode, and the run it has been used to enroll in.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Entitlement
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
