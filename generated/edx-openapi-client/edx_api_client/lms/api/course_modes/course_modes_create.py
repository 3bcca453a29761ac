from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.course_mode import CourseMode
from ...models.course_mode_record import CourseModeRecord
from ...types import Response


def _get_kwargs(
    course_id: str,
    *,
    body: CourseMode,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/course_modes/v1/courses/{course_id}/".format(
            course_id=quote(str(course_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CourseModeRecord:
    if response.status_code == 201:
        response_201 = CourseModeRecord.from_dict(response.json())

        return response_201

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CourseModeRecord]:
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
    body: CourseMode,
) -> Response[CourseModeRecord]:
    """Add a mode to a course

    Creates a new course mode in the course named by `course_id` and answers 201 Created. `course_id`,
    `mode_slug`, `mode_display_name` and `currency` must be sent; the expiration fields, description and
    SKUs may be left out. The mode is created in the course the body's `course_id` names. Answers 404
    when no course has that identifier. Only global staff users, and services whose restricted JWT
    carries the course modes scope and the course's organization, may call it; other callers are refused
    with 403.

    Who may call: global staff, or the service worker of another edX service. Anyone else gets 403. A
    service calls it with a restricted-application JWT carrying the course_modes:read scope (even to
    write) and a content_org filter for the course's organization. The check also admits a caller whose
    own username is sent as a username query parameter, since edx-drf-extensions reads the user-in-URL
    check from the query string too.

    Args:
        course_id (str):
        body (CourseMode): An enrollment mode of a course, with its price and availability.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CourseModeRecord]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CourseMode,
) -> CourseModeRecord:
    """Add a mode to a course

    Creates a new course mode in the course named by `course_id` and answers 201 Created. `course_id`,
    `mode_slug`, `mode_display_name` and `currency` must be sent; the expiration fields, description and
    SKUs may be left out. The mode is created in the course the body's `course_id` names. Answers 404
    when no course has that identifier. Only global staff users, and services whose restricted JWT
    carries the course modes scope and the course's organization, may call it; other callers are refused
    with 403.

    Who may call: global staff, or the service worker of another edX service. Anyone else gets 403. A
    service calls it with a restricted-application JWT carrying the course_modes:read scope (even to
    write) and a content_org filter for the course's organization. The check also admits a caller whose
    own username is sent as a username query parameter, since edx-drf-extensions reads the user-in-URL
    check from the query string too.

    Args:
        course_id (str):
        body (CourseMode): An enrollment mode of a course, with its price and availability.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CourseModeRecord
    """

    return sync_detailed(
        course_id=course_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CourseMode,
) -> Response[CourseModeRecord]:
    """Add a mode to a course

    Creates a new course mode in the course named by `course_id` and answers 201 Created. `course_id`,
    `mode_slug`, `mode_display_name` and `currency` must be sent; the expiration fields, description and
    SKUs may be left out. The mode is created in the course the body's `course_id` names. Answers 404
    when no course has that identifier. Only global staff users, and services whose restricted JWT
    carries the course modes scope and the course's organization, may call it; other callers are refused
    with 403.

    Who may call: global staff, or the service worker of another edX service. Anyone else gets 403. A
    service calls it with a restricted-application JWT carrying the course_modes:read scope (even to
    write) and a content_org filter for the course's organization. The check also admits a caller whose
    own username is sent as a username query parameter, since edx-drf-extensions reads the user-in-URL
    check from the query string too.

    Args:
        course_id (str):
        body (CourseMode): An enrollment mode of a course, with its price and availability.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CourseModeRecord]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CourseMode,
) -> CourseModeRecord:
    """Add a mode to a course

    Creates a new course mode in the course named by `course_id` and answers 201 Created. `course_id`,
    `mode_slug`, `mode_display_name` and `currency` must be sent; the expiration fields, description and
    SKUs may be left out. The mode is created in the course the body's `course_id` names. Answers 404
    when no course has that identifier. Only global staff users, and services whose restricted JWT
    carries the course modes scope and the course's organization, may call it; other callers are refused
    with 403.

    Who may call: global staff, or the service worker of another edX service. Anyone else gets 403. A
    service calls it with a restricted-application JWT carrying the course_modes:read scope (even to
    write) and a content_org filter for the course's organization. The check also admits a caller whose
    own username is sent as a username query parameter, since edx-drf-extensions reads the user-in-URL
    check from the query string too.

    Args:
        course_id (str):
        body (CourseMode): An enrollment mode of a course, with its price and availability.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CourseModeRecord
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            client=client,
            body=body,
        )
    ).parsed
