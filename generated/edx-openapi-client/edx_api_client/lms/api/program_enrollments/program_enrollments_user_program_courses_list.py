from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.program_enrollments_course_run_overview_page import (
    ProgramEnrollmentsCourseRunOverviewPage,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    username: str,
    program_uuid: UUID,
    *,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/program_enrollments/v1/users/{username}/programs/{program_uuid}/courses".format(
            username=quote(str(username), safe=""),
            program_uuid=quote(str(program_uuid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProgramEnrollmentsCourseRunOverviewPage:
    if response.status_code == 200:
        response_200 = ProgramEnrollmentsCourseRunOverviewPage.from_dict(
            response.json()
        )

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProgramEnrollmentsCourseRunOverviewPage]:
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
    program_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = 10,
) -> Response[ProgramEnrollmentsCourseRunOverviewPage]:
    """List an overview of a user's course runs in a program

    Returns one overview per course-run enrollment that the user holds in a course run of the program
    `program_uuid`: title, URLs, dates, status, upcoming due dates and so on. Meant for the Program
    Learner Portal MFE. The set differs from the user's program-course-run enrollments: it can include
    course runs of the program in which the user enrolled outside the program. Pages are reached by
    cursor (10 results a page by default, at most 25) and carry no count. Only the user named by
    `username` may call it, and only while enrolled in the program: another username, or a caller not
    enrolled in the program, answers 403 (global staff included); an unknown program 404.

    Who may call: the user named by `username`. Anyone else gets 403. The username must be the caller's,
    with no staff exception, and the caller must also be enrolled in the program (403 otherwise).

    Args:
        username (str):
        program_uuid (UUID):
        cursor (str | Unset):
        page_size (int | Unset):  Default: 10.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[ProgramEnrollmentsCourseRunOverviewPage]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        username=username,
        program_uuid=program_uuid,
        cursor=cursor,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    username: str,
    program_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = 10,
) -> ProgramEnrollmentsCourseRunOverviewPage:
    """List an overview of a user's course runs in a program

    Returns one overview per course-run enrollment that the user holds in a course run of the program
    `program_uuid`: title, URLs, dates, status, upcoming due dates and so on. Meant for the Program
    Learner Portal MFE. The set differs from the user's program-course-run enrollments: it can include
    course runs of the program in which the user enrolled outside the program. Pages are reached by
    cursor (10 results a page by default, at most 25) and carry no count. Only the user named by
    `username` may call it, and only while enrolled in the program: another username, or a caller not
    enrolled in the program, answers 403 (global staff included); an unknown program 404.

    Who may call: the user named by `username`. Anyone else gets 403. The username must be the caller's,
    with no staff exception, and the caller must also be enrolled in the program (403 otherwise).

    Args:
        username (str):
        program_uuid (UUID):
        cursor (str | Unset):
        page_size (int | Unset):  Default: 10.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        ProgramEnrollmentsCourseRunOverviewPage
    """

    return sync_detailed(
        username=username,
        program_uuid=program_uuid,
        client=client,
        cursor=cursor,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    username: str,
    program_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = 10,
) -> Response[ProgramEnrollmentsCourseRunOverviewPage]:
    """List an overview of a user's course runs in a program

    Returns one overview per course-run enrollment that the user holds in a course run of the program
    `program_uuid`: title, URLs, dates, status, upcoming due dates and so on. Meant for the Program
    Learner Portal MFE. The set differs from the user's program-course-run enrollments: it can include
    course runs of the program in which the user enrolled outside the program. Pages are reached by
    cursor (10 results a page by default, at most 25) and carry no count. Only the user named by
    `username` may call it, and only while enrolled in the program: another username, or a caller not
    enrolled in the program, answers 403 (global staff included); an unknown program 404.

    Who may call: the user named by `username`. Anyone else gets 403. The username must be the caller's,
    with no staff exception, and the caller must also be enrolled in the program (403 otherwise).

    Args:
        username (str):
        program_uuid (UUID):
        cursor (str | Unset):
        page_size (int | Unset):  Default: 10.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[ProgramEnrollmentsCourseRunOverviewPage]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        username=username,
        program_uuid=program_uuid,
        cursor=cursor,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    username: str,
    program_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = 10,
) -> ProgramEnrollmentsCourseRunOverviewPage:
    """List an overview of a user's course runs in a program

    Returns one overview per course-run enrollment that the user holds in a course run of the program
    `program_uuid`: title, URLs, dates, status, upcoming due dates and so on. Meant for the Program
    Learner Portal MFE. The set differs from the user's program-course-run enrollments: it can include
    course runs of the program in which the user enrolled outside the program. Pages are reached by
    cursor (10 results a page by default, at most 25) and carry no count. Only the user named by
    `username` may call it, and only while enrolled in the program: another username, or a caller not
    enrolled in the program, answers 403 (global staff included); an unknown program 404.

    Who may call: the user named by `username`. Anyone else gets 403. The username must be the caller's,
    with no staff exception, and the caller must also be enrolled in the program (403 otherwise).

    Args:
        username (str):
        program_uuid (UUID):
        cursor (str | Unset):
        page_size (int | Unset):  Default: 10.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        ProgramEnrollmentsCourseRunOverviewPage
    """

    return (
        await asyncio_detailed(
            username=username,
            program_uuid=program_uuid,
            client=client,
            cursor=cursor,
            page_size=page_size,
        )
    ).parsed
