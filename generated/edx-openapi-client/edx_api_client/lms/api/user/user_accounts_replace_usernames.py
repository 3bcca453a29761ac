from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.user_replace_usernames_request import UserReplaceUsernamesRequest
from ...models.user_replace_usernames_response import UserReplaceUsernamesResponse
from ...types import Response


def _get_kwargs(
    *,
    body: UserReplaceUsernamesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/user/v1/accounts/replace_usernames/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UserReplaceUsernamesResponse:
    if response.status_code == 200:
        response_200 = UserReplaceUsernamesResponse.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UserReplaceUsernamesResponse]:
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
    body: UserReplaceUsernamesRequest,
) -> Response[UserReplaceUsernamesResponse]:
    """Replace usernames in bulk

    Renames users: each entry of `username_mappings` maps a current username (the key) to the username
    wanted (the value). A username already taken gets a random suffix. The answer maps old usernames to
    new ones, split into the replacements that succeeded and those that failed; an entry that is not an
    object of exactly one member answers 400. Only the username replacement service worker may call it.

    Who may call: the service worker of another edX service. Anyone else gets 403. Admitted only when
    the caller's username is the one configured as USERNAME_REPLACEMENT_WORKER.

    Args:
        body (UserReplaceUsernamesRequest): The usernames to replace.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[UserReplaceUsernamesResponse]: the status, headers, raw body and parsed body.
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
    body: UserReplaceUsernamesRequest,
) -> UserReplaceUsernamesResponse:
    """Replace usernames in bulk

    Renames users: each entry of `username_mappings` maps a current username (the key) to the username
    wanted (the value). A username already taken gets a random suffix. The answer maps old usernames to
    new ones, split into the replacements that succeeded and those that failed; an entry that is not an
    object of exactly one member answers 400. Only the username replacement service worker may call it.

    Who may call: the service worker of another edX service. Anyone else gets 403. Admitted only when
    the caller's username is the one configured as USERNAME_REPLACEMENT_WORKER.

    Args:
        body (UserReplaceUsernamesRequest): The usernames to replace.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        UserReplaceUsernamesResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UserReplaceUsernamesRequest,
) -> Response[UserReplaceUsernamesResponse]:
    """Replace usernames in bulk

    Renames users: each entry of `username_mappings` maps a current username (the key) to the username
    wanted (the value). A username already taken gets a random suffix. The answer maps old usernames to
    new ones, split into the replacements that succeeded and those that failed; an entry that is not an
    object of exactly one member answers 400. Only the username replacement service worker may call it.

    Who may call: the service worker of another edX service. Anyone else gets 403. Admitted only when
    the caller's username is the one configured as USERNAME_REPLACEMENT_WORKER.

    Args:
        body (UserReplaceUsernamesRequest): The usernames to replace.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[UserReplaceUsernamesResponse]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UserReplaceUsernamesRequest,
) -> UserReplaceUsernamesResponse:
    """Replace usernames in bulk

    Renames users: each entry of `username_mappings` maps a current username (the key) to the username
    wanted (the value). A username already taken gets a random suffix. The answer maps old usernames to
    new ones, split into the replacements that succeeded and those that failed; an entry that is not an
    object of exactly one member answers 400. Only the username replacement service worker may call it.

    Who may call: the service worker of another edX service. Anyone else gets 403. Admitted only when
    the caller's username is the one configured as USERNAME_REPLACEMENT_WORKER.

    Args:
        body (UserReplaceUsernamesRequest): The usernames to replace.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        UserReplaceUsernamesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
