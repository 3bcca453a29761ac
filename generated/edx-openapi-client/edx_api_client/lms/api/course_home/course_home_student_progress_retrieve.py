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
    student_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/course_home/progress/{course_key_string}/{student_id}".format(
            course_key_string=quote(str(course_key_string), safe=""),
            student_id=quote(str(student_id), safe=""),
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
    student_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CourseHomeProgress]:
    """Get a learner's Progress tab

    Returns the Progress tab content of the course for the learner whose user id is `student_id`: the
    same fields as the variant without `student_id`, which answers for the requesting user. Only the
    course's staff (and its CCX coaches) may read another learner's progress; for anyone else, and for
    an id that is not a number or names no user, the answer is 404. A learner naming their own id is
    answered as by the variant without `student_id`. The same operation is served under
    `/course_home/v1/progress/{course_key_string}/{student_id}`.

    Who may call: staff of the course `course_key_string`, or global staff. Anyone else gets 404.
    Reading another learner's progress needs staff access to the course or the CCX coach role in it;
    anyone else is answered 404. A learner may name their own id, which is answered as the variant
    without `student_id` (enrollment needed).

    Args:
        course_key_string (str):
        student_id (str):

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
        student_id=student_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_key_string: str,
    student_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CourseHomeProgress:
    """Get a learner's Progress tab

    Returns the Progress tab content of the course for the learner whose user id is `student_id`: the
    same fields as the variant without `student_id`, which answers for the requesting user. Only the
    course's staff (and its CCX coaches) may read another learner's progress; for anyone else, and for
    an id that is not a number or names no user, the answer is 404. A learner naming their own id is
    answered as by the variant without `student_id`. The same operation is served under
    `/course_home/v1/progress/{course_key_string}/{student_id}`.

    Who may call: staff of the course `course_key_string`, or global staff. Anyone else gets 404.
    Reading another learner's progress needs staff access to the course or the CCX coach role in it;
    anyone else is answered 404. A learner may name their own id, which is answered as the variant
    without `student_id` (enrollment needed).

    Args:
        course_key_string (str):
        student_id (str):

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
        student_id=student_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    course_key_string: str,
    student_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CourseHomeProgress]:
    """Get a learner's Progress tab

    Returns the Progress tab content of the course for the learner whose user id is `student_id`: the
    same fields as the variant without `student_id`, which answers for the requesting user. Only the
    course's staff (and its CCX coaches) may read another learner's progress; for anyone else, and for
    an id that is not a number or names no user, the answer is 404. A learner naming their own id is
    answered as by the variant without `student_id`. The same operation is served under
    `/course_home/v1/progress/{course_key_string}/{student_id}`.

    Who may call: staff of the course `course_key_string`, or global staff. Anyone else gets 404.
    Reading another learner's progress needs staff access to the course or the CCX coach role in it;
    anyone else is answered 404. A learner may name their own id, which is answered as the variant
    without `student_id` (enrollment needed).

    Args:
        course_key_string (str):
        student_id (str):

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
        student_id=student_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_key_string: str,
    student_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CourseHomeProgress:
    """Get a learner's Progress tab

    Returns the Progress tab content of the course for the learner whose user id is `student_id`: the
    same fields as the variant without `student_id`, which answers for the requesting user. Only the
    course's staff (and its CCX coaches) may read another learner's progress; for anyone else, and for
    an id that is not a number or names no user, the answer is 404. A learner naming their own id is
    answered as by the variant without `student_id`. The same operation is served under
    `/course_home/v1/progress/{course_key_string}/{student_id}`.

    Who may call: staff of the course `course_key_string`, or global staff. Anyone else gets 404.
    Reading another learner's progress needs staff access to the course or the CCX coach role in it;
    anyone else is answered 404. A learner may name their own id, which is answered as the variant
    without `student_id` (enrollment needed).

    Args:
        course_key_string (str):
        student_id (str):

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
            student_id=student_id,
            client=client,
        )
    ).parsed
