from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.paginated_cohort_user_list import PaginatedCohortUserList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    course_key_string: str,
    cohort_id: str,
    username: str,
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
        "url": "/cohorts/v1/courses/{course_key_string}/cohorts/{cohort_id}/users/{username}".format(
            course_key_string=quote(str(course_key_string), safe=""),
            cohort_id=quote(str(cohort_id), safe=""),
            username=quote(str(username), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaginatedCohortUserList:
    if response.status_code == 200:
        response_200 = PaginatedCohortUserList.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaginatedCohortUserList]:
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
    course_key_string: str,
    cohort_id: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[PaginatedCohortUserList]:
    """Get a member of a cohort

    Lists the members of the cohort `cohort_id` of the course `course_key_string`, one page at a time
    (`page`, `page_size` up to 100), each with username, email and name. The username in the path is not
    read: every member of the cohort is listed. An unknown cohort answers 404. Only the course's staff
    and instructors and global staff may call it: other users get 403, and forum moderators, whom the
    permission lets through for reads, 404.

    Who may call: staff of the course `course_key_string`, or global staff. Anyone else gets 403. Forum
    administrators, moderators and community TAs pass the permission check for a GET, but the course's
    staff check then answers them 404.

    Args:
        course_key_string (str):
        cohort_id (str):
        username (str):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[PaginatedCohortUserList]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_key_string=course_key_string,
        cohort_id=cohort_id,
        username=username,
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_key_string: str,
    cohort_id: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedCohortUserList:
    """Get a member of a cohort

    Lists the members of the cohort `cohort_id` of the course `course_key_string`, one page at a time
    (`page`, `page_size` up to 100), each with username, email and name. The username in the path is not
    read: every member of the cohort is listed. An unknown cohort answers 404. Only the course's staff
    and instructors and global staff may call it: other users get 403, and forum moderators, whom the
    permission lets through for reads, 404.

    Who may call: staff of the course `course_key_string`, or global staff. Anyone else gets 403. Forum
    administrators, moderators and community TAs pass the permission check for a GET, but the course's
    staff check then answers them 404.

    Args:
        course_key_string (str):
        cohort_id (str):
        username (str):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        PaginatedCohortUserList
    """

    return sync_detailed(
        course_key_string=course_key_string,
        cohort_id=cohort_id,
        username=username,
        client=client,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    course_key_string: str,
    cohort_id: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[PaginatedCohortUserList]:
    """Get a member of a cohort

    Lists the members of the cohort `cohort_id` of the course `course_key_string`, one page at a time
    (`page`, `page_size` up to 100), each with username, email and name. The username in the path is not
    read: every member of the cohort is listed. An unknown cohort answers 404. Only the course's staff
    and instructors and global staff may call it: other users get 403, and forum moderators, whom the
    permission lets through for reads, 404.

    Who may call: staff of the course `course_key_string`, or global staff. Anyone else gets 403. Forum
    administrators, moderators and community TAs pass the permission check for a GET, but the course's
    staff check then answers them 404.

    Args:
        course_key_string (str):
        cohort_id (str):
        username (str):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[PaginatedCohortUserList]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_key_string=course_key_string,
        cohort_id=cohort_id,
        username=username,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_key_string: str,
    cohort_id: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedCohortUserList:
    """Get a member of a cohort

    Lists the members of the cohort `cohort_id` of the course `course_key_string`, one page at a time
    (`page`, `page_size` up to 100), each with username, email and name. The username in the path is not
    read: every member of the cohort is listed. An unknown cohort answers 404. Only the course's staff
    and instructors and global staff may call it: other users get 403, and forum moderators, whom the
    permission lets through for reads, 404.

    Who may call: staff of the course `course_key_string`, or global staff. Anyone else gets 403. Forum
    administrators, moderators and community TAs pass the permission check for a GET, but the course's
    staff check then answers them 404.

    Args:
        course_key_string (str):
        cohort_id (str):
        username (str):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        PaginatedCohortUserList
    """

    return (
        await asyncio_detailed(
            course_key_string=course_key_string,
            cohort_id=cohort_id,
            username=username,
            client=client,
            page=page,
            page_size=page_size,
        )
    ).parsed
