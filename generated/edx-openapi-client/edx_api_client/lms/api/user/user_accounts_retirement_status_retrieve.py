from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.user_retirement_status import UserRetirementStatus
from ...types import Response


def _get_kwargs(
    username: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user/v1/accounts/{username}/retirement_status/".format(
            username=quote(str(username), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UserRetirementStatus:
    if response.status_code == 200:
        response_200 = UserRetirementStatus.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UserRetirementStatus]:
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
    username: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[UserRetirementStatus]:
    """Retrieve a user's retirement status

    Returns the retirement status row of the user named in the path; the username may be the original or
    the retired one. A user without a retirement answers 404. Only the retirement service (or a
    superuser) may call it.

    Who may call: the service worker of another edX service. Anyone else gets 403. Admitted: superusers,
    the retirement service worker and any user granted the can_retire_user permission; other callers get
    403.

    Args:
        username (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[UserRetirementStatus]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        username=username,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    username: str,
    *,
    client: AuthenticatedClient | Client,
) -> UserRetirementStatus:
    """Retrieve a user's retirement status

    Returns the retirement status row of the user named in the path; the username may be the original or
    the retired one. A user without a retirement answers 404. Only the retirement service (or a
    superuser) may call it.

    Who may call: the service worker of another edX service. Anyone else gets 403. Admitted: superusers,
    the retirement service worker and any user granted the can_retire_user permission; other callers get
    403.

    Args:
        username (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        UserRetirementStatus
    """

    return sync_detailed(
        username=username,
        client=client,
    ).parsed


async def asyncio_detailed(
    username: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[UserRetirementStatus]:
    """Retrieve a user's retirement status

    Returns the retirement status row of the user named in the path; the username may be the original or
    the retired one. A user without a retirement answers 404. Only the retirement service (or a
    superuser) may call it.

    Who may call: the service worker of another edX service. Anyone else gets 403. Admitted: superusers,
    the retirement service worker and any user granted the can_retire_user permission; other callers get
    403.

    Args:
        username (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[UserRetirementStatus]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        username=username,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    username: str,
    *,
    client: AuthenticatedClient | Client,
) -> UserRetirementStatus:
    """Retrieve a user's retirement status

    Returns the retirement status row of the user named in the path; the username may be the original or
    the retired one. A user without a retirement answers 404. Only the retirement service (or a
    superuser) may call it.

    Who may call: the service worker of another edX service. Anyone else gets 403. Admitted: superusers,
    the retirement service worker and any user granted the can_retire_user permission; other callers get
    403.

    Args:
        username (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        UserRetirementStatus
    """

    return (
        await asyncio_detailed(
            username=username,
            client=client,
        )
    ).parsed
