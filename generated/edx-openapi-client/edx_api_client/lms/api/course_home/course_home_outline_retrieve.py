from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.course_home_outline import CourseHomeOutline
from ...types import Response


def _get_kwargs(
    course_key_string: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/course_home/outline/{course_key_string}".format(
            course_key_string=quote(str(course_key_string), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CourseHomeOutline:
    if response.status_code == 200:
        response_200 = CourseHomeOutline.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CourseHomeOutline]:
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
) -> Response[CourseHomeOutline]:
    """Get the content of the Outline tab

    Returns what the Outline tab of a course shows: the course block tree, the learner's weekly goal,
    the course tools, the dates widget, the enrollment alert, handouts and welcome message HTML, the
    upgrade offer and access expiration, where to resume, and certificate data. Anyone may call it:
    enrolled learners and course staff get the full outline, other callers only what the course makes
    public. A caller who cannot load the course is answered 403 with where to redirect them; an unknown
    course is answered 404. The same operation is served under
    `/course_home/v1/outline/{course_key_string}`.

    Who may call: anyone, signed in or not. No sign-in is needed, but what is answered depends on the
    caller: enrolled learners and course staff get the whole outline, others only the public outline
    when the course allows unenrolled access. A caller who cannot load the course (not started,
    prerequisites, access expired) is answered 403 with a redirect URL.

    Args:
        course_key_string (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CourseHomeOutline]: the status, headers, raw body and parsed body.
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
) -> CourseHomeOutline:
    """Get the content of the Outline tab

    Returns what the Outline tab of a course shows: the course block tree, the learner's weekly goal,
    the course tools, the dates widget, the enrollment alert, handouts and welcome message HTML, the
    upgrade offer and access expiration, where to resume, and certificate data. Anyone may call it:
    enrolled learners and course staff get the full outline, other callers only what the course makes
    public. A caller who cannot load the course is answered 403 with where to redirect them; an unknown
    course is answered 404. The same operation is served under
    `/course_home/v1/outline/{course_key_string}`.

    Who may call: anyone, signed in or not. No sign-in is needed, but what is answered depends on the
    caller: enrolled learners and course staff get the whole outline, others only the public outline
    when the course allows unenrolled access. A caller who cannot load the course (not started,
    prerequisites, access expired) is answered 403 with a redirect URL.

    Args:
        course_key_string (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CourseHomeOutline
    """

    return sync_detailed(
        course_key_string=course_key_string,
        client=client,
    ).parsed


async def asyncio_detailed(
    course_key_string: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CourseHomeOutline]:
    """Get the content of the Outline tab

    Returns what the Outline tab of a course shows: the course block tree, the learner's weekly goal,
    the course tools, the dates widget, the enrollment alert, handouts and welcome message HTML, the
    upgrade offer and access expiration, where to resume, and certificate data. Anyone may call it:
    enrolled learners and course staff get the full outline, other callers only what the course makes
    public. A caller who cannot load the course is answered 403 with where to redirect them; an unknown
    course is answered 404. The same operation is served under
    `/course_home/v1/outline/{course_key_string}`.

    Who may call: anyone, signed in or not. No sign-in is needed, but what is answered depends on the
    caller: enrolled learners and course staff get the whole outline, others only the public outline
    when the course allows unenrolled access. A caller who cannot load the course (not started,
    prerequisites, access expired) is answered 403 with a redirect URL.

    Args:
        course_key_string (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CourseHomeOutline]: the status, headers, raw body and parsed body.
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
) -> CourseHomeOutline:
    """Get the content of the Outline tab

    Returns what the Outline tab of a course shows: the course block tree, the learner's weekly goal,
    the course tools, the dates widget, the enrollment alert, handouts and welcome message HTML, the
    upgrade offer and access expiration, where to resume, and certificate data. Anyone may call it:
    enrolled learners and course staff get the full outline, other callers only what the course makes
    public. A caller who cannot load the course is answered 403 with where to redirect them; an unknown
    course is answered 404. The same operation is served under
    `/course_home/v1/outline/{course_key_string}`.

    Who may call: anyone, signed in or not. No sign-in is needed, but what is answered depends on the
    caller: enrolled learners and course staff get the whole outline, others only the public outline
    when the course allows unenrolled access. A caller who cannot load the course (not started,
    prerequisites, access expired) is answered 403 with a redirect URL.

    Args:
        course_key_string (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CourseHomeOutline
    """

    return (
        await asyncio_detailed(
            course_key_string=course_key_string,
            client=client,
        )
    ).parsed
