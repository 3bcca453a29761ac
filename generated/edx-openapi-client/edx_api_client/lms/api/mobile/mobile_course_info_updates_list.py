from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mobile_course_update import MobileCourseUpdate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    api_version: str,
    course_id: str,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mobile/{api_version}/course_info/{course_id}/updates".format(
            api_version=quote(str(api_version), safe=""),
            course_id=quote(str(course_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[MobileCourseUpdate]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = MobileCourseUpdate.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[MobileCourseUpdate]]:
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
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[list[MobileCourseUpdate]]:
    """List a course's updates

    Returns the updates of the course named in the path, as a plain array, not a page. Only users
    enrolled in the course, its course staff and global staff may call it, and the course must be
    available on mobile; anyone else is answered 404 with the access error.

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 404. The course access check (load_mobile, with enrollment required)
    also refuses a course that is not open to mobile or not started for the caller; refusals are 404.

    Args:
        api_version (str):
        course_id (str):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[list[MobileCourseUpdate]]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        api_version=api_version,
        course_id=course_id,
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    api_version: str,
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> list[MobileCourseUpdate]:
    """List a course's updates

    Returns the updates of the course named in the path, as a plain array, not a page. Only users
    enrolled in the course, its course staff and global staff may call it, and the course must be
    available on mobile; anyone else is answered 404 with the access error.

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 404. The course access check (load_mobile, with enrollment required)
    also refuses a course that is not open to mobile or not started for the caller; refusals are 404.

    Args:
        api_version (str):
        course_id (str):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        list[MobileCourseUpdate]
    """

    return sync_detailed(
        api_version=api_version,
        course_id=course_id,
        client=client,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    api_version: str,
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[list[MobileCourseUpdate]]:
    """List a course's updates

    Returns the updates of the course named in the path, as a plain array, not a page. Only users
    enrolled in the course, its course staff and global staff may call it, and the course must be
    available on mobile; anyone else is answered 404 with the access error.

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 404. The course access check (load_mobile, with enrollment required)
    also refuses a course that is not open to mobile or not started for the caller; refusals are 404.

    Args:
        api_version (str):
        course_id (str):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[list[MobileCourseUpdate]]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        api_version=api_version,
        course_id=course_id,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    api_version: str,
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> list[MobileCourseUpdate]:
    """List a course's updates

    Returns the updates of the course named in the path, as a plain array, not a page. Only users
    enrolled in the course, its course staff and global staff may call it, and the course must be
    available on mobile; anyone else is answered 404 with the access error.

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 404. The course access check (load_mobile, with enrollment required)
    also refuses a course that is not open to mobile or not started for the caller; refusals are 404.

    Args:
        api_version (str):
        course_id (str):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        list[MobileCourseUpdate]
    """

    return (
        await asyncio_detailed(
            api_version=api_version,
            course_id=course_id,
            client=client,
            page=page,
            page_size=page_size,
        )
    ).parsed
