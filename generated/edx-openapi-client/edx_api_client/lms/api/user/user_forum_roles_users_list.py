from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.paginated_user_list import PaginatedUserList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    name: str,
    *,
    course_id: str,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["course_id"] = course_id

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user/v1/forum_roles/{name}/users/".format(
            name=quote(str(name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaginatedUserList:
    if response.status_code == 200:
        response_200 = PaginatedUserList.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaginatedUserList]:
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
    name: str,
    *,
    client: AuthenticatedClient | Client,
    course_id: str,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[PaginatedUserList]:
    """List the users holding a forum role

    Returns, one page at a time, the users who hold the forum role named in the path in the course named
    by the required `course_id` query parameter (400 without it). The caller must present the server's
    API key.

    Who may call: the service worker of another edX service. Anyone else gets 403. Admitted only when
    the request carries the server's API key in the X-Edx-Api-Key header; being signed in, even as
    staff, does not admit a caller.

    Args:
        name (str):
        course_id (str):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[PaginatedUserList]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        name=name,
        course_id=course_id,
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    course_id: str,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedUserList:
    """List the users holding a forum role

    Returns, one page at a time, the users who hold the forum role named in the path in the course named
    by the required `course_id` query parameter (400 without it). The caller must present the server's
    API key.

    Who may call: the service worker of another edX service. Anyone else gets 403. Admitted only when
    the request carries the server's API key in the X-Edx-Api-Key header; being signed in, even as
    staff, does not admit a caller.

    Args:
        name (str):
        course_id (str):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        PaginatedUserList
    """

    return sync_detailed(
        name=name,
        client=client,
        course_id=course_id,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    course_id: str,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[PaginatedUserList]:
    """List the users holding a forum role

    Returns, one page at a time, the users who hold the forum role named in the path in the course named
    by the required `course_id` query parameter (400 without it). The caller must present the server's
    API key.

    Who may call: the service worker of another edX service. Anyone else gets 403. Admitted only when
    the request carries the server's API key in the X-Edx-Api-Key header; being signed in, even as
    staff, does not admit a caller.

    Args:
        name (str):
        course_id (str):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[PaginatedUserList]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        name=name,
        course_id=course_id,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    course_id: str,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedUserList:
    """List the users holding a forum role

    Returns, one page at a time, the users who hold the forum role named in the path in the course named
    by the required `course_id` query parameter (400 without it). The caller must present the server's
    API key.

    Who may call: the service worker of another edX service. Anyone else gets 403. Admitted only when
    the request carries the server's API key in the X-Edx-Api-Key header; being signed in, even as
    staff, does not admit a caller.

    Args:
        name (str):
        course_id (str):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        PaginatedUserList
    """

    return (
        await asyncio_detailed(
            name=name,
            client=client,
            course_id=course_id,
            page=page,
            page_size=page_size,
        )
    ).parsed
