from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.entitlement import Entitlement
from ...types import Response


def _get_kwargs(
    *,
    body: Entitlement,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/entitlements/v1/entitlements/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Entitlement:
    if response.status_code == 201:
        response_201 = Entitlement.from_dict(response.json())

        return response_201

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
    *,
    client: AuthenticatedClient | Client,
    body: Entitlement,
) -> Response[Entitlement]:
    """Create an entitlement

    Creates a course entitlement for a user. `course_uuid`, `mode` and `user` must be sent; the read-
    only fields are set by the server. Only global staff users and users with the global support role
    may call it; other signed-in users are refused with 403.

    Who may call: global staff. Anyone else gets 403. Users holding the global support role are admitted
    as well as staff users.

    Args:
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
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: Entitlement,
) -> Entitlement:
    """Create an entitlement

    Creates a course entitlement for a user. `course_uuid`, `mode` and `user` must be sent; the read-
    only fields are set by the server. Only global staff users and users with the global support role
    may call it; other signed-in users are refused with 403.

    Who may call: global staff. Anyone else gets 403. Users holding the global support role are admitted
    as well as staff users.

    Args:
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
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Entitlement,
) -> Response[Entitlement]:
    """Create an entitlement

    Creates a course entitlement for a user. `course_uuid`, `mode` and `user` must be sent; the read-
    only fields are set by the server. Only global staff users and users with the global support role
    may call it; other signed-in users are refused with 403.

    Who may call: global staff. Anyone else gets 403. Users holding the global support role are admitted
    as well as staff users.

    Args:
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
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: Entitlement,
) -> Entitlement:
    """Create an entitlement

    Creates a course entitlement for a user. `course_uuid`, `mode` and `user` must be sent; the read-
    only fields are set by the server. Only global staff users and users with the global support role
    may call it; other signed-in users are refused with 403.

    Who may call: global staff. Anyone else gets 403. Users holding the global support role are admitted
    as well as staff users.

    Args:
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
            client=client,
            body=body,
        )
    ).parsed
