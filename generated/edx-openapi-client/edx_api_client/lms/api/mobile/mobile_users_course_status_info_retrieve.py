from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mobile_course_status import MobileCourseStatus
from ...types import Response


def _get_kwargs(
    api_version: str,
    username: str,
    course_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mobile/{api_version}/users/{username}/course_status_info/{course_id}".format(
            api_version=quote(str(api_version), safe=""),
            username=quote(str(username), safe=""),
            course_id=quote(str(course_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MobileCourseStatus:
    if response.status_code == 200:
        response_200 = MobileCourseStatus.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MobileCourseStatus]:
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
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[MobileCourseStatus]:
    """Get the user's last visited module

    Returns the id of the module that the user named in the path last visited in the course named in the
    path, and the path of modules from it up to the course; v1 also gives the last completed block. Only
    the user named in the path may call it (naming anyone else is refused with 403), and only for a
    course they may access on mobile: enrolled, or its staff; otherwise it answers 404 with the access
    error.

    Who may call: the user named by `username`. Anyone else gets 403. The username in the path must be
    the caller's (no staff exception), and the caller must also pass the course access check (enrolled,
    course staff or global staff, course open to mobile), which answers 404.

    Args:
        api_version (str):
        username (str):
        course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[MobileCourseStatus]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        api_version=api_version,
        username=username,
        course_id=course_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    api_version: str,
    username: str,
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> MobileCourseStatus:
    """Get the user's last visited module

    Returns the id of the module that the user named in the path last visited in the course named in the
    path, and the path of modules from it up to the course; v1 also gives the last completed block. Only
    the user named in the path may call it (naming anyone else is refused with 403), and only for a
    course they may access on mobile: enrolled, or its staff; otherwise it answers 404 with the access
    error.

    Who may call: the user named by `username`. Anyone else gets 403. The username in the path must be
    the caller's (no staff exception), and the caller must also pass the course access check (enrolled,
    course staff or global staff, course open to mobile), which answers 404.

    Args:
        api_version (str):
        username (str):
        course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        MobileCourseStatus
    """

    return sync_detailed(
        api_version=api_version,
        username=username,
        course_id=course_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    api_version: str,
    username: str,
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[MobileCourseStatus]:
    """Get the user's last visited module

    Returns the id of the module that the user named in the path last visited in the course named in the
    path, and the path of modules from it up to the course; v1 also gives the last completed block. Only
    the user named in the path may call it (naming anyone else is refused with 403), and only for a
    course they may access on mobile: enrolled, or its staff; otherwise it answers 404 with the access
    error.

    Who may call: the user named by `username`. Anyone else gets 403. The username in the path must be
    the caller's (no staff exception), and the caller must also pass the course access check (enrolled,
    course staff or global staff, course open to mobile), which answers 404.

    Args:
        api_version (str):
        username (str):
        course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[MobileCourseStatus]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        api_version=api_version,
        username=username,
        course_id=course_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    api_version: str,
    username: str,
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> MobileCourseStatus:
    """Get the user's last visited module

    Returns the id of the module that the user named in the path last visited in the course named in the
    path, and the path of modules from it up to the course; v1 also gives the last completed block. Only
    the user named in the path may call it (naming anyone else is refused with 403), and only for a
    course they may access on mobile: enrolled, or its staff; otherwise it answers 404 with the access
    error.

    Who may call: the user named by `username`. Anyone else gets 403. The username in the path must be
    the caller's (no staff exception), and the caller must also pass the course access check (enrolled,
    course staff or global staff, course open to mobile), which answers 404.

    Args:
        api_version (str):
        username (str):
        course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        MobileCourseStatus
    """

    return (
        await asyncio_detailed(
            api_version=api_version,
            username=username,
            course_id=course_id,
            client=client,
        )
    ).parsed
