from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.name_affirmation_latest_verified_name import (
    NameAffirmationLatestVerifiedName,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    username: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/edx_name_affirmation/v1/verified_name",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NameAffirmationLatestVerifiedName:
    if response.status_code == 200:
        response_200 = NameAffirmationLatestVerifiedName.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[NameAffirmationLatestVerifiedName]:
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
    username: str | Unset = UNSET,
) -> Response[NameAffirmationLatestVerifiedName]:
    """Retrieve the latest verified name

    Returns the most recent approved verified name of the requesting user or, with the `username` query
    parameter, of that user, together with whether certificates use it (`use_verified_name_for_certs`).
    Any signed-in user may read their own; only global staff may name a user (403 otherwise). Answers
    404 when the user has no approved verified name.

    Who may call: the user named by `username`, or global staff. Anyone else gets 403. A signed-in user
    reads their own records by leaving `username` out; naming any user, even oneself, needs global
    staff.

    Args:
        username (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[NameAffirmationLatestVerifiedName]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        username=username,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    username: str | Unset = UNSET,
) -> NameAffirmationLatestVerifiedName:
    """Retrieve the latest verified name

    Returns the most recent approved verified name of the requesting user or, with the `username` query
    parameter, of that user, together with whether certificates use it (`use_verified_name_for_certs`).
    Any signed-in user may read their own; only global staff may name a user (403 otherwise). Answers
    404 when the user has no approved verified name.

    Who may call: the user named by `username`, or global staff. Anyone else gets 403. A signed-in user
    reads their own records by leaving `username` out; naming any user, even oneself, needs global
    staff.

    Args:
        username (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        NameAffirmationLatestVerifiedName
    """

    return sync_detailed(
        client=client,
        username=username,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    username: str | Unset = UNSET,
) -> Response[NameAffirmationLatestVerifiedName]:
    """Retrieve the latest verified name

    Returns the most recent approved verified name of the requesting user or, with the `username` query
    parameter, of that user, together with whether certificates use it (`use_verified_name_for_certs`).
    Any signed-in user may read their own; only global staff may name a user (403 otherwise). Answers
    404 when the user has no approved verified name.

    Who may call: the user named by `username`, or global staff. Anyone else gets 403. A signed-in user
    reads their own records by leaving `username` out; naming any user, even oneself, needs global
    staff.

    Args:
        username (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[NameAffirmationLatestVerifiedName]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        username=username,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    username: str | Unset = UNSET,
) -> NameAffirmationLatestVerifiedName:
    """Retrieve the latest verified name

    Returns the most recent approved verified name of the requesting user or, with the `username` query
    parameter, of that user, together with whether certificates use it (`use_verified_name_for_certs`).
    Any signed-in user may read their own; only global staff may name a user (403 otherwise). Answers
    404 when the user has no approved verified name.

    Who may call: the user named by `username`, or global staff. Anyone else gets 403. A signed-in user
    reads their own records by leaving `username` out; naming any user, even oneself, needs global
    staff.

    Args:
        username (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        NameAffirmationLatestVerifiedName
    """

    return (
        await asyncio_detailed(
            client=client,
            username=username,
        )
    ).parsed
