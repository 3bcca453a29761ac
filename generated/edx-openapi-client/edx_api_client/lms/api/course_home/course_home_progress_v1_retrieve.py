from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.course_home_progress import CourseHomeProgress
from ...types import Response


def _get_kwargs(
    course_key_string: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/course_home/v1/progress/{course_key_string}".format(
            course_key_string=quote(str(course_key_string), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CourseHomeProgress:
    if response.status_code == 200:
        response_200 = CourseHomeProgress.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CourseHomeProgress]:
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
) -> Response[CourseHomeProgress]:
    """Get the requesting user's Progress tab

    Returns what the Progress tab of a course shows for the requesting user: the course grade and
    grading policy, scores per section and subsection, unit completion counts, certificate, credit and
    ID-verification state, and access expiration. Needs a signed-in caller actively enrolled in the
    course, or its staff; others are answered 401 ("User not enrolled."). A course the caller cannot
    load is answered 403; an unknown course, or one whose progress tab is turned off, 404. The variant
    with a `student_id` segment answers the same for another learner. The same operation is served
    without `v1/` (`/course_home/progress/{course_key_string}`).

    Who may call: a learner enrolled in the course `course_key_string`, staff of the course
    `course_key_string`, or global staff. Anyone else gets 401. A signed-in caller who is neither
    actively enrolled nor staff in the course is answered 401 ("User not enrolled."), not 403. The tab
    can be turned off per course, and is then answered 404.

    Args:
        course_key_string (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CourseHomeProgress]: the status, headers, raw body and parsed body.
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
) -> CourseHomeProgress:
    """Get the requesting user's Progress tab

    Returns what the Progress tab of a course shows for the requesting user: the course grade and
    grading policy, scores per section and subsection, unit completion counts, certificate, credit and
    ID-verification state, and access expiration. Needs a signed-in caller actively enrolled in the
    course, or its staff; others are answered 401 ("User not enrolled."). A course the caller cannot
    load is answered 403; an unknown course, or one whose progress tab is turned off, 404. The variant
    with a `student_id` segment answers the same for another learner. The same operation is served
    without `v1/` (`/course_home/progress/{course_key_string}`).

    Who may call: a learner enrolled in the course `course_key_string`, staff of the course
    `course_key_string`, or global staff. Anyone else gets 401. A signed-in caller who is neither
    actively enrolled nor staff in the course is answered 401 ("User not enrolled."), not 403. The tab
    can be turned off per course, and is then answered 404.

    Args:
        course_key_string (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CourseHomeProgress
    """

    return sync_detailed(
        course_key_string=course_key_string,
        client=client,
    ).parsed


async def asyncio_detailed(
    course_key_string: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CourseHomeProgress]:
    """Get the requesting user's Progress tab

    Returns what the Progress tab of a course shows for the requesting user: the course grade and
    grading policy, scores per section and subsection, unit completion counts, certificate, credit and
    ID-verification state, and access expiration. Needs a signed-in caller actively enrolled in the
    course, or its staff; others are answered 401 ("User not enrolled."). A course the caller cannot
    load is answered 403; an unknown course, or one whose progress tab is turned off, 404. The variant
    with a `student_id` segment answers the same for another learner. The same operation is served
    without `v1/` (`/course_home/progress/{course_key_string}`).

    Who may call: a learner enrolled in the course `course_key_string`, staff of the course
    `course_key_string`, or global staff. Anyone else gets 401. A signed-in caller who is neither
    actively enrolled nor staff in the course is answered 401 ("User not enrolled."), not 403. The tab
    can be turned off per course, and is then answered 404.

    Args:
        course_key_string (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CourseHomeProgress]: the status, headers, raw body and parsed body.
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
) -> CourseHomeProgress:
    """Get the requesting user's Progress tab

    Returns what the Progress tab of a course shows for the requesting user: the course grade and
    grading policy, scores per section and subsection, unit completion counts, certificate, credit and
    ID-verification state, and access expiration. Needs a signed-in caller actively enrolled in the
    course, or its staff; others are answered 401 ("User not enrolled."). A course the caller cannot
    load is answered 403; an unknown course, or one whose progress tab is turned off, 404. The variant
    with a `student_id` segment answers the same for another learner. The same operation is served
    without `v1/` (`/course_home/progress/{course_key_string}`).

    Who may call: a learner enrolled in the course `course_key_string`, staff of the course
    `course_key_string`, or global staff. Anyone else gets 401. A signed-in caller who is neither
    actively enrolled nor staff in the course is answered 401 ("User not enrolled."), not 403. The tab
    can be turned off per course, and is then answered 404.

    Args:
        course_key_string (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CourseHomeProgress
    """

    return (
        await asyncio_detailed(
            course_key_string=course_key_string,
            client=client,
        )
    ).parsed
