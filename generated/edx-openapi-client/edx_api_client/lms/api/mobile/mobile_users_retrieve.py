from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mobile_user import MobileUser
from ...types import Response


def _get_kwargs(
    api_version: str,
    username: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mobile/{api_version}/users/{username}".format(
            api_version=quote(str(api_version), safe=""),
            username=quote(str(username), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MobileUser:
    if response.status_code == 200:
        response_200 = MobileUser.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MobileUser]:
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
    api_version: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[MobileUser]:
    """Get a user's info

    Returns information about the user named in the path, including the URI of the list of the courses
    they are enrolled in (`course_enrollments`). Users are sent here after they sign in. Only the user
    named in the path may call it (staff included: naming anyone else is refused with 403).

    Who may call: the user named by `username`. Anyone else gets 403. The username in the path must be
    the caller's; there is no staff exception.

    Args:
        api_version (str):
        username (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[MobileUser]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        api_version=api_version,
        username=username,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    api_version: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
) -> MobileUser:
    """Get a user's info

    Returns information about the user named in the path, including the URI of the list of the courses
    they are enrolled in (`course_enrollments`). Users are sent here after they sign in. Only the user
    named in the path may call it (staff included: naming anyone else is refused with 403).

    Who may call: the user named by `username`. Anyone else gets 403. The username in the path must be
    the caller's; there is no staff exception.

    Args:
        api_version (str):
        username (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        MobileUser
    """

    return sync_detailed(
        api_version=api_version,
        username=username,
        client=client,
    ).parsed


async def asyncio_detailed(
    api_version: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[MobileUser]:
    """Get a user's info

    Returns information about the user named in the path, including the URI of the list of the courses
    they are enrolled in (`course_enrollments`). Users are sent here after they sign in. Only the user
    named in the path may call it (staff included: naming anyone else is refused with 403).

    Who may call: the user named by `username`. Anyone else gets 403. The username in the path must be
    the caller's; there is no staff exception.

    Args:
        api_version (str):
        username (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[MobileUser]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        api_version=api_version,
        username=username,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    api_version: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
) -> MobileUser:
    """Get a user's info

    Returns information about the user named in the path, including the URI of the list of the courses
    they are enrolled in (`course_enrollments`). Users are sent here after they sign in. Only the user
    named in the path may call it (staff included: naming anyone else is refused with 403).

    Who may call: the user named by `username`. Anyone else gets 403. The username in the path must be
    the caller's; there is no staff exception.

    Args:
        api_version (str):
        username (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        MobileUser
    """

    return (
        await asyncio_detailed(
            api_version=api_version,
            username=username,
            client=client,
        )
    ).parsed
