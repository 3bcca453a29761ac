from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.course_home_dates import CourseHomeDates
from ...types import Response


def _get_kwargs(
    course_key_string: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/course_home/v1/dates/{course_key_string}".format(
            course_key_string=quote(str(course_key_string), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CourseHomeDates:
    if response.status_code == 200:
        response_200 = CourseHomeDates.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CourseHomeDates]:
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
) -> Response[CourseHomeDates]:
    """Get the content of the Dates tab

    Returns what the Dates tab of a course shows: the course's dated events (course start, assignment
    due dates and so on) with their links and completion state, the missed-deadline banner data, whether
    the course has ended, whether the learner has full access, and the learner's time zone. The caller
    must be signed in and enrolled in the course, or be its staff: others get 401 ("User not
    enrolled."), and a course the caller cannot load is answered 403 (404 when it does not exist). The
    same operation is served without `v1/` (`/course_home/dates/{course_key_string}`).

    Who may call: a learner enrolled in the course `course_key_string`, staff of the course
    `course_key_string`, or global staff. Anyone else gets 401. A signed-in caller who is neither
    enrolled nor staff in the course is answered 401 ("User not enrolled."), not 403; 403 is for a
    course the caller cannot load (not yet started, unless `allow_not_started_courses` is set, or
    otherwise closed to them).

    Args:
        course_key_string (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CourseHomeDates]: the status, headers, raw body and parsed body.
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
) -> CourseHomeDates:
    """Get the content of the Dates tab

    Returns what the Dates tab of a course shows: the course's dated events (course start, assignment
    due dates and so on) with their links and completion state, the missed-deadline banner data, whether
    the course has ended, whether the learner has full access, and the learner's time zone. The caller
    must be signed in and enrolled in the course, or be its staff: others get 401 ("User not
    enrolled."), and a course the caller cannot load is answered 403 (404 when it does not exist). The
    same operation is served without `v1/` (`/course_home/dates/{course_key_string}`).

    Who may call: a learner enrolled in the course `course_key_string`, staff of the course
    `course_key_string`, or global staff. Anyone else gets 401. A signed-in caller who is neither
    enrolled nor staff in the course is answered 401 ("User not enrolled."), not 403; 403 is for a
    course the caller cannot load (not yet started, unless `allow_not_started_courses` is set, or
    otherwise closed to them).

    Args:
        course_key_string (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CourseHomeDates
    """

    return sync_detailed(
        course_key_string=course_key_string,
        client=client,
    ).parsed


async def asyncio_detailed(
    course_key_string: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CourseHomeDates]:
    """Get the content of the Dates tab

    Returns what the Dates tab of a course shows: the course's dated events (course start, assignment
    due dates and so on) with their links and completion state, the missed-deadline banner data, whether
    the course has ended, whether the learner has full access, and the learner's time zone. The caller
    must be signed in and enrolled in the course, or be its staff: others get 401 ("User not
    enrolled."), and a course the caller cannot load is answered 403 (404 when it does not exist). The
    same operation is served without `v1/` (`/course_home/dates/{course_key_string}`).

    Who may call: a learner enrolled in the course `course_key_string`, staff of the course
    `course_key_string`, or global staff. Anyone else gets 401. A signed-in caller who is neither
    enrolled nor staff in the course is answered 401 ("User not enrolled."), not 403; 403 is for a
    course the caller cannot load (not yet started, unless `allow_not_started_courses` is set, or
    otherwise closed to them).

    Args:
        course_key_string (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CourseHomeDates]: the status, headers, raw body and parsed body.
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
) -> CourseHomeDates:
    """Get the content of the Dates tab

    Returns what the Dates tab of a course shows: the course's dated events (course start, assignment
    due dates and so on) with their links and completion state, the missed-deadline banner data, whether
    the course has ended, whether the learner has full access, and the learner's time zone. The caller
    must be signed in and enrolled in the course, or be its staff: others get 401 ("User not
    enrolled."), and a course the caller cannot load is answered 403 (404 when it does not exist). The
    same operation is served without `v1/` (`/course_home/dates/{course_key_string}`).

    Who may call: a learner enrolled in the course `course_key_string`, staff of the course
    `course_key_string`, or global staff. Anyone else gets 401. A signed-in caller who is neither
    enrolled nor staff in the course is answered 401 ("User not enrolled."), not 403; 403 is for a
    course the caller cannot load (not yet started, unless `allow_not_started_courses` is set, or
    otherwise closed to them).

    Args:
        course_key_string (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CourseHomeDates
    """

    return (
        await asyncio_detailed(
            course_key_string=course_key_string,
            client=client,
        )
    ).parsed
