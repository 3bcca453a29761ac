from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.courseware_resume import CoursewareResume
from ...types import Response


def _get_kwargs(
    course_key_string: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/courseware/resume/{course_key_string}".format(
            course_key_string=quote(str(course_key_string), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CoursewareResume:
    if response.status_code == 200:
        response_200 = CoursewareResume.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CoursewareResume]:
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
) -> Response[CoursewareResume]:
    """Get where the learner resumes a course

    Returns the block at which the signed-in learner resumes the course: the last block they completed,
    with its section and unit, or nulls when there is no completion data (the learner then starts at the
    first unit). Any signed-in user may call it; it answers about the caller's own progress only.

    Who may call: any signed-in user. Anyone else gets 403. The view requires only a signed-in user and
    reads the caller's own completions; it checks no enrollment.

    Args:
        course_key_string (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CoursewareResume]: the status, headers, raw body and parsed body.
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
) -> CoursewareResume:
    """Get where the learner resumes a course

    Returns the block at which the signed-in learner resumes the course: the last block they completed,
    with its section and unit, or nulls when there is no completion data (the learner then starts at the
    first unit). Any signed-in user may call it; it answers about the caller's own progress only.

    Who may call: any signed-in user. Anyone else gets 403. The view requires only a signed-in user and
    reads the caller's own completions; it checks no enrollment.

    Args:
        course_key_string (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CoursewareResume
    """

    return sync_detailed(
        course_key_string=course_key_string,
        client=client,
    ).parsed


async def asyncio_detailed(
    course_key_string: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CoursewareResume]:
    """Get where the learner resumes a course

    Returns the block at which the signed-in learner resumes the course: the last block they completed,
    with its section and unit, or nulls when there is no completion data (the learner then starts at the
    first unit). Any signed-in user may call it; it answers about the caller's own progress only.

    Who may call: any signed-in user. Anyone else gets 403. The view requires only a signed-in user and
    reads the caller's own completions; it checks no enrollment.

    Args:
        course_key_string (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CoursewareResume]: the status, headers, raw body and parsed body.
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
) -> CoursewareResume:
    """Get where the learner resumes a course

    Returns the block at which the signed-in learner resumes the course: the last block they completed,
    with its section and unit, or nulls when there is no completion data (the learner then starts at the
    first unit). Any signed-in user may call it; it answers about the caller's own progress only.

    Who may call: any signed-in user. Anyone else gets 403. The view requires only a signed-in user and
    reads the caller's own completions; it checks no enrollment.

    Args:
        course_key_string (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CoursewareResume
    """

    return (
        await asyncio_detailed(
            course_key_string=course_key_string,
            client=client,
        )
    ).parsed
