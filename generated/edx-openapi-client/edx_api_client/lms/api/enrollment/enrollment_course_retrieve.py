from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.enrollment_course_details import EnrollmentCourseDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    course_id: str,
    *,
    include_expired: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_expired"] = include_expired

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/enrollment/v1/course/{course_id}".format(
            course_id=quote(str(course_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EnrollmentCourseDetails:
    if response.status_code == 200:
        response_200 = EnrollmentCourseDetails.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EnrollmentCourseDetails]:
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
    include_expired: str | Unset = UNSET,
) -> Response[EnrollmentCourseDetails]:
    """Get a course's enrollment information

    Returns the course-level enrollment information of the course `course_id`: its schedule, whether it
    is invitation-only, its pacing and its enrollment modes. Anyone may call it, without signing in. An
    unknown course is answered 400, not 404.

    Who may call: anyone, signed in or not.

    Args:
        course_id (str):
        include_expired (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[EnrollmentCourseDetails]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        include_expired=include_expired,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_expired: str | Unset = UNSET,
) -> EnrollmentCourseDetails:
    """Get a course's enrollment information

    Returns the course-level enrollment information of the course `course_id`: its schedule, whether it
    is invitation-only, its pacing and its enrollment modes. Anyone may call it, without signing in. An
    unknown course is answered 400, not 404.

    Who may call: anyone, signed in or not.

    Args:
        course_id (str):
        include_expired (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        EnrollmentCourseDetails
    """

    return sync_detailed(
        course_id=course_id,
        client=client,
        include_expired=include_expired,
    ).parsed


async def asyncio_detailed(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_expired: str | Unset = UNSET,
) -> Response[EnrollmentCourseDetails]:
    """Get a course's enrollment information

    Returns the course-level enrollment information of the course `course_id`: its schedule, whether it
    is invitation-only, its pacing and its enrollment modes. Anyone may call it, without signing in. An
    unknown course is answered 400, not 404.

    Who may call: anyone, signed in or not.

    Args:
        course_id (str):
        include_expired (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[EnrollmentCourseDetails]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        include_expired=include_expired,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_expired: str | Unset = UNSET,
) -> EnrollmentCourseDetails:
    """Get a course's enrollment information

    Returns the course-level enrollment information of the course `course_id`: its schedule, whether it
    is invitation-only, its pacing and its enrollment modes. Anyone may call it, without signing in. An
    unknown course is answered 400, not 404.

    Who may call: anyone, signed in or not.

    Args:
        course_id (str):
        include_expired (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        EnrollmentCourseDetails
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            client=client,
            include_expired=include_expired,
        )
    ).parsed
