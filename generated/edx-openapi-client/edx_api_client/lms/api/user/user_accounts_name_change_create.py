from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.user_name_change_request import UserNameChangeRequest
from ...types import Response


def _get_kwargs(
    *,
    body: UserNameChangeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/user/v1/accounts/name_change/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any:
    if response.status_code == 201:
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
    body: UserNameChangeRequest,
) -> Response[Any]:
    """Request a profile name change

    Asks for the caller's profile name to be changed. The name is not changed at once: a pending name
    change is recorded, to be verified and confirmed later, and the answer is 201. A missing name, one
    holding HTML brackets or a URL, or one equal to the current name answers 400.

    Who may call: any signed-in user. Anyone else gets 403. Acts on the caller's own profile.

    Args:
        body (UserNameChangeRequest): The profile name asked for.

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
    body: UserNameChangeRequest,
) -> Any:
    """Request a profile name change

    Asks for the caller's profile name to be changed. The name is not changed at once: a pending name
    change is recorded, to be verified and confirmed later, and the answer is 201. A missing name, one
    holding HTML brackets or a URL, or one equal to the current name answers 400.

    Who may call: any signed-in user. Anyone else gets 403. Acts on the caller's own profile.

    Args:
        body (UserNameChangeRequest): The profile name asked for.

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
    body: UserNameChangeRequest,
) -> Response[Any]:
    """Request a profile name change

    Asks for the caller's profile name to be changed. The name is not changed at once: a pending name
    change is recorded, to be verified and confirmed later, and the answer is 201. A missing name, one
    holding HTML brackets or a URL, or one equal to the current name answers 400.

    Who may call: any signed-in user. Anyone else gets 403. Acts on the caller's own profile.

    Args:
        body (UserNameChangeRequest): The profile name asked for.

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
    body: UserNameChangeRequest,
) -> Any:
    """Request a profile name change

    Asks for the caller's profile name to be changed. The name is not changed at once: a pending name
    change is recorded, to be verified and confirmed later, and the answer is 201. A missing name, one
    holding HTML brackets or a URL, or one equal to the current name answers 400.

    Who may call: any signed-in user. Anyone else gets 403. Acts on the caller's own profile.

    Args:
        body (UserNameChangeRequest): The profile name asked for.

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
