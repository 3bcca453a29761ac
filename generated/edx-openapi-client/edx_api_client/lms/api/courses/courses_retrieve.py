from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.courses_course_detail import CoursesCourseDetail
from ...types import UNSET, Response, Unset


def _get_kwargs(
    course_key_string: str,
    *,
    username: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/courses/v1/courses/{course_key_string}".format(
            course_key_string=quote(str(course_key_string), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CoursesCourseDetail:
    if response.status_code == 200:
        response_200 = CoursesCourseDetail.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CoursesCourseDetail]:
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
    username: str | Unset = UNSET,
) -> Response[CoursesCourseDetail]:
    """Get a course's details

    Returns the details of one course: its key, name, number and organization, dates (start, end,
    enrollment window), media, short and long descriptions, effort and pacing; `blocks_url` and
    `course_id` are deprecated (use `id`). No sign-in is needed; naming another user than oneself by
    `username` needs global staff (403 otherwise), and a course the named user may not see is answered
    404.

    Who may call: anyone, signed in or not. No sign-in is needed. Naming another user than oneself by
    `username` needs global staff (403 otherwise); a course not visible to the named user is answered
    404.

    Args:
        course_key_string (str):
        username (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CoursesCourseDetail]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_key_string=course_key_string,
        username=username,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_key_string: str,
    *,
    client: AuthenticatedClient | Client,
    username: str | Unset = UNSET,
) -> CoursesCourseDetail:
    """Get a course's details

    Returns the details of one course: its key, name, number and organization, dates (start, end,
    enrollment window), media, short and long descriptions, effort and pacing; `blocks_url` and
    `course_id` are deprecated (use `id`). No sign-in is needed; naming another user than oneself by
    `username` needs global staff (403 otherwise), and a course the named user may not see is answered
    404.

    Who may call: anyone, signed in or not. No sign-in is needed. Naming another user than oneself by
    `username` needs global staff (403 otherwise); a course not visible to the named user is answered
    404.

    Args:
        course_key_string (str):
        username (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CoursesCourseDetail
    """

    return sync_detailed(
        course_key_string=course_key_string,
        client=client,
        username=username,
    ).parsed


async def asyncio_detailed(
    course_key_string: str,
    *,
    client: AuthenticatedClient | Client,
    username: str | Unset = UNSET,
) -> Response[CoursesCourseDetail]:
    """Get a course's details

    Returns the details of one course: its key, name, number and organization, dates (start, end,
    enrollment window), media, short and long descriptions, effort and pacing; `blocks_url` and
    `course_id` are deprecated (use `id`). No sign-in is needed; naming another user than oneself by
    `username` needs global staff (403 otherwise), and a course the named user may not see is answered
    404.

    Who may call: anyone, signed in or not. No sign-in is needed. Naming another user than oneself by
    `username` needs global staff (403 otherwise); a course not visible to the named user is answered
    404.

    Args:
        course_key_string (str):
        username (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CoursesCourseDetail]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_key_string=course_key_string,
        username=username,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_key_string: str,
    *,
    client: AuthenticatedClient | Client,
    username: str | Unset = UNSET,
) -> CoursesCourseDetail:
    """Get a course's details

    Returns the details of one course: its key, name, number and organization, dates (start, end,
    enrollment window), media, short and long descriptions, effort and pacing; `blocks_url` and
    `course_id` are deprecated (use `id`). No sign-in is needed; naming another user than oneself by
    `username` needs global staff (403 otherwise), and a course the named user may not see is answered
    404.

    Who may call: anyone, signed in or not. No sign-in is needed. Naming another user than oneself by
    `username` needs global staff (403 otherwise); a course not visible to the named user is answered
    404.

    Args:
        course_key_string (str):
        username (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CoursesCourseDetail
    """

    return (
        await asyncio_detailed(
            course_key_string=course_key_string,
            client=client,
            username=username,
        )
    ).parsed
