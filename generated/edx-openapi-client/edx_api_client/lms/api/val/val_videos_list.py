from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.paginated_val_video_list import PaginatedValVideoList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    course: str | Unset = UNSET,
    youtube: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["course"] = course

    params["youtube"] = youtube

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/val/v0/videos/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaginatedValVideoList:
    if response.status_code == 200:
        response_200 = PaginatedValVideoList.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaginatedValVideoList]:
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
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    course: str | Unset = UNSET,
    youtube: str | Unset = UNSET,
) -> Response[PaginatedValVideoList]:
    """List videos

    Returns video objects one page at a time, each with its encoded versions and the courses it is used
    in. Only accounts allowed to change videos (video pipeline service accounts, superusers) may list
    them; other callers get 403.

    Who may call: the service worker of another edX service. Anyone else gets 403. A signed-in account
    holding Django's change permission on edx-val's video model (a superuser, or the service account of
    the video pipeline or Studio that was granted it); being global staff is not enough. Anyone else
    gets 403 (401 without sign-in).

    Args:
        page (int | Unset):
        page_size (int | Unset):
        course (str | Unset):
        youtube (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[PaginatedValVideoList]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        course=course,
        youtube=youtube,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    course: str | Unset = UNSET,
    youtube: str | Unset = UNSET,
) -> PaginatedValVideoList:
    """List videos

    Returns video objects one page at a time, each with its encoded versions and the courses it is used
    in. Only accounts allowed to change videos (video pipeline service accounts, superusers) may list
    them; other callers get 403.

    Who may call: the service worker of another edX service. Anyone else gets 403. A signed-in account
    holding Django's change permission on edx-val's video model (a superuser, or the service account of
    the video pipeline or Studio that was granted it); being global staff is not enough. Anyone else
    gets 403 (401 without sign-in).

    Args:
        page (int | Unset):
        page_size (int | Unset):
        course (str | Unset):
        youtube (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        PaginatedValVideoList
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        course=course,
        youtube=youtube,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    course: str | Unset = UNSET,
    youtube: str | Unset = UNSET,
) -> Response[PaginatedValVideoList]:
    """List videos

    Returns video objects one page at a time, each with its encoded versions and the courses it is used
    in. Only accounts allowed to change videos (video pipeline service accounts, superusers) may list
    them; other callers get 403.

    Who may call: the service worker of another edX service. Anyone else gets 403. A signed-in account
    holding Django's change permission on edx-val's video model (a superuser, or the service account of
    the video pipeline or Studio that was granted it); being global staff is not enough. Anyone else
    gets 403 (401 without sign-in).

    Args:
        page (int | Unset):
        page_size (int | Unset):
        course (str | Unset):
        youtube (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[PaginatedValVideoList]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        course=course,
        youtube=youtube,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    course: str | Unset = UNSET,
    youtube: str | Unset = UNSET,
) -> PaginatedValVideoList:
    """List videos

    Returns video objects one page at a time, each with its encoded versions and the courses it is used
    in. Only accounts allowed to change videos (video pipeline service accounts, superusers) may list
    them; other callers get 403.

    Who may call: the service worker of another edX service. Anyone else gets 403. A signed-in account
    holding Django's change permission on edx-val's video model (a superuser, or the service account of
    the video pipeline or Studio that was granted it); being global staff is not enough. Anyone else
    gets 403 (401 without sign-in).

    Args:
        page (int | Unset):
        page_size (int | Unset):
        course (str | Unset):
        youtube (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        PaginatedValVideoList
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            course=course,
            youtube=youtube,
        )
    ).parsed
