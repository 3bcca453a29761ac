from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.grades_section_grades_breakdown_page import (
    GradesSectionGradesBreakdownPage,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    course_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["page_size"] = page_size

    params["course_id"] = course_id

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/grades/v1/section_grades_breakdown/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GradesSectionGradesBreakdownPage:
    if response.status_code == 200:
        response_200 = GradesSectionGradesBreakdownPage.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GradesSectionGradesBreakdownPage]:
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
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    course_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[GradesSectionGradesBreakdownPage]:
    """List section grade breakdowns

    Returns the course grade status of learners, with a breakdown per course section, one page at a time
    (pages are chosen with an opaque `cursor`). Only global staff may call it (others get 403). An
    invalid course identifier or username answers 400; a course or usernames that match nothing answer
    200 with empty `results`.

    Who may call: global staff. Anyone else gets 403.

    Args:
        cursor (str | Unset):
        page_size (int | Unset):
        course_id (str | Unset):
        username (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[GradesSectionGradesBreakdownPage]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        page_size=page_size,
        course_id=course_id,
        username=username,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    course_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> GradesSectionGradesBreakdownPage:
    """List section grade breakdowns

    Returns the course grade status of learners, with a breakdown per course section, one page at a time
    (pages are chosen with an opaque `cursor`). Only global staff may call it (others get 403). An
    invalid course identifier or username answers 400; a course or usernames that match nothing answer
    200 with empty `results`.

    Who may call: global staff. Anyone else gets 403.

    Args:
        cursor (str | Unset):
        page_size (int | Unset):
        course_id (str | Unset):
        username (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        GradesSectionGradesBreakdownPage
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        page_size=page_size,
        course_id=course_id,
        username=username,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    course_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[GradesSectionGradesBreakdownPage]:
    """List section grade breakdowns

    Returns the course grade status of learners, with a breakdown per course section, one page at a time
    (pages are chosen with an opaque `cursor`). Only global staff may call it (others get 403). An
    invalid course identifier or username answers 400; a course or usernames that match nothing answer
    200 with empty `results`.

    Who may call: global staff. Anyone else gets 403.

    Args:
        cursor (str | Unset):
        page_size (int | Unset):
        course_id (str | Unset):
        username (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[GradesSectionGradesBreakdownPage]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        page_size=page_size,
        course_id=course_id,
        username=username,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    course_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> GradesSectionGradesBreakdownPage:
    """List section grade breakdowns

    Returns the course grade status of learners, with a breakdown per course section, one page at a time
    (pages are chosen with an opaque `cursor`). Only global staff may call it (others get 403). An
    invalid course identifier or username answers 400; a course or usernames that match nothing answer
    200 with empty `results`.

    Who may call: global staff. Anyone else gets 403.

    Args:
        cursor (str | Unset):
        page_size (int | Unset):
        course_id (str | Unset):
        username (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        GradesSectionGradesBreakdownPage
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            page_size=page_size,
            course_id=course_id,
            username=username,
        )
    ).parsed
