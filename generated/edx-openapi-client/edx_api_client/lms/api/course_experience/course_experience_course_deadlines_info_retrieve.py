from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.course_experience_course_deadlines_info import (
    CourseExperienceCourseDeadlinesInfo,
)
from ...types import Response


def _get_kwargs(
    course_key_string: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/course_experience/v1/course_deadlines_info/{course_key_string}".format(
            course_key_string=quote(str(course_key_string), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CourseExperienceCourseDeadlinesInfo:
    if response.status_code == 200:
        response_200 = CourseExperienceCourseDeadlinesInfo.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CourseExperienceCourseDeadlinesInfo]:
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
    *,
    client: AuthenticatedClient | Client,
) -> Response[CourseExperienceCourseDeadlinesInfo]:
    """Get a course's deadline information for mobile

    Returns, for the mobile apps, the requesting learner's deadline state in a course: the data for the
    banner about missed deadlines (whether graded deadlines or gated content were missed, whether
    content type gating applies, and the link for buying the verified upgrade) and whether the course
    has ended. Needs a signed-in caller who can load the course; an unknown course is answered 404.

    Who may call: any signed-in user. Anyone else gets 403. No enrollment is checked, but the caller
    must be able to load the course (it is started and visible to them); an unknown course is answered
    404.

    Args:
        course_key_string (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CourseExperienceCourseDeadlinesInfo]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_key_string=course_key_string,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_key_string: str,
    *,
    client: AuthenticatedClient | Client,
) -> CourseExperienceCourseDeadlinesInfo:
    """Get a course's deadline information for mobile

    Returns, for the mobile apps, the requesting learner's deadline state in a course: the data for the
    banner about missed deadlines (whether graded deadlines or gated content were missed, whether
    content type gating applies, and the link for buying the verified upgrade) and whether the course
    has ended. Needs a signed-in caller who can load the course; an unknown course is answered 404.

    Who may call: any signed-in user. Anyone else gets 403. No enrollment is checked, but the caller
    must be able to load the course (it is started and visible to them); an unknown course is answered
    404.

    Args:
        course_key_string (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CourseExperienceCourseDeadlinesInfo
    """

    return sync_detailed(
        course_key_string=course_key_string,
        client=client,
    ).parsed


async def asyncio_detailed(
    course_key_string: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CourseExperienceCourseDeadlinesInfo]:
    """Get a course's deadline information for mobile

    Returns, for the mobile apps, the requesting learner's deadline state in a course: the data for the
    banner about missed deadlines (whether graded deadlines or gated content were missed, whether
    content type gating applies, and the link for buying the verified upgrade) and whether the course
    has ended. Needs a signed-in caller who can load the course; an unknown course is answered 404.

    Who may call: any signed-in user. Anyone else gets 403. No enrollment is checked, but the caller
    must be able to load the course (it is started and visible to them); an unknown course is answered
    404.

    Args:
        course_key_string (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CourseExperienceCourseDeadlinesInfo]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_key_string=course_key_string,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_key_string: str,
    *,
    client: AuthenticatedClient | Client,
) -> CourseExperienceCourseDeadlinesInfo:
    """Get a course's deadline information for mobile

    Returns, for the mobile apps, the requesting learner's deadline state in a course: the data for the
    banner about missed deadlines (whether graded deadlines or gated content were missed, whether
    content type gating applies, and the link for buying the verified upgrade) and whether the course
    has ended. Needs a signed-in caller who can load the course; an unknown course is answered 404.

    Who may call: any signed-in user. Anyone else gets 403. No enrollment is checked, but the caller
    must be able to load the course (it is started and visible to them); an unknown course is answered
    404.

    Args:
        course_key_string (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CourseExperienceCourseDeadlinesInfo
    """

    return (
        await asyncio_detailed(
            course_key_string=course_key_string,
            client=client,
        )
    ).parsed
