from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.paginated_instructor_task_bulk_email_schedule_list import (
    PaginatedInstructorTaskBulkEmailScheduleList,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
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
        "url": "/instructor_task/v1/schedules/{course_id}/bulk_email/".format(
            course_id=quote(str(course_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaginatedInstructorTaskBulkEmailScheduleList:
    if response.status_code == 200:
        response_200 = PaginatedInstructorTaskBulkEmailScheduleList.from_dict(
            response.json()
        )

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaginatedInstructorTaskBulkEmailScheduleList]:
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
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[PaginatedInstructorTaskBulkEmailScheduleList]:
    """List a course's scheduled bulk emails

    Returns, one page at a time, every scheduled bulk email message of the course run `course_id`. Read
    only. Course staff, course instructors and global staff may call it; anyone else gets 403.

    Who may call: staff of the course `course_id`, or global staff. Anyone else gets 403. A signed-in
    user with the staff or instructor role in the course run, or global staff; anyone else gets 403.

    Args:
        course_id (str):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[PaginatedInstructorTaskBulkEmailScheduleList]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedInstructorTaskBulkEmailScheduleList:
    """List a course's scheduled bulk emails

    Returns, one page at a time, every scheduled bulk email message of the course run `course_id`. Read
    only. Course staff, course instructors and global staff may call it; anyone else gets 403.

    Who may call: staff of the course `course_id`, or global staff. Anyone else gets 403. A signed-in
    user with the staff or instructor role in the course run, or global staff; anyone else gets 403.

    Args:
        course_id (str):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        PaginatedInstructorTaskBulkEmailScheduleList
    """

    return sync_detailed(
        course_id=course_id,
        client=client,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[PaginatedInstructorTaskBulkEmailScheduleList]:
    """List a course's scheduled bulk emails

    Returns, one page at a time, every scheduled bulk email message of the course run `course_id`. Read
    only. Course staff, course instructors and global staff may call it; anyone else gets 403.

    Who may call: staff of the course `course_id`, or global staff. Anyone else gets 403. A signed-in
    user with the staff or instructor role in the course run, or global staff; anyone else gets 403.

    Args:
        course_id (str):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[PaginatedInstructorTaskBulkEmailScheduleList]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedInstructorTaskBulkEmailScheduleList:
    """List a course's scheduled bulk emails

    Returns, one page at a time, every scheduled bulk email message of the course run `course_id`. Read
    only. Course staff, course instructors and global staff may call it; anyone else gets 403.

    Who may call: staff of the course `course_id`, or global staff. Anyone else gets 403. A signed-in
    user with the staff or instructor role in the course run, or global staff; anyone else gets 403.

    Args:
        course_id (str):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        PaginatedInstructorTaskBulkEmailScheduleList
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            client=client,
            page=page,
            page_size=page_size,
        )
    ).parsed
