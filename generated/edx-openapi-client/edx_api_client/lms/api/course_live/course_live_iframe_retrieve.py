from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.course_live_iframe import CourseLiveIframe
from ...types import Response


def _get_kwargs(
    course_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/course_live/iframe/{course_id}/".format(
            course_id=quote(str(course_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CourseLiveIframe:
    if response.status_code == 200:
        response_200 = CourseLiveIframe.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CourseLiveIframe]:
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
) -> Response[CourseLiveIframe]:
    """Get a course's live iframe

    Returns the HTML of the course's live tab (an iframe element) in `iframe`. When live is not enabled
    for the course it still answers 200, with a `developer_message` instead. Learners enrolled in the
    course, its staff and instructors, and global staff may call it (403 for others); an unknown course
    answers 404.

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 403. The course must also be one the caller can load
    (get_course_with_access 'load'); the tab's own enabled check decides between the iframe and the
    message.

    Args:
        course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CourseLiveIframe]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CourseLiveIframe:
    """Get a course's live iframe

    Returns the HTML of the course's live tab (an iframe element) in `iframe`. When live is not enabled
    for the course it still answers 200, with a `developer_message` instead. Learners enrolled in the
    course, its staff and instructors, and global staff may call it (403 for others); an unknown course
    answers 404.

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 403. The course must also be one the caller can load
    (get_course_with_access 'load'); the tab's own enabled check decides between the iframe and the
    message.

    Args:
        course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CourseLiveIframe
    """

    return sync_detailed(
        course_id=course_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CourseLiveIframe]:
    """Get a course's live iframe

    Returns the HTML of the course's live tab (an iframe element) in `iframe`. When live is not enabled
    for the course it still answers 200, with a `developer_message` instead. Learners enrolled in the
    course, its staff and instructors, and global staff may call it (403 for others); an unknown course
    answers 404.

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 403. The course must also be one the caller can load
    (get_course_with_access 'load'); the tab's own enabled check decides between the iframe and the
    message.

    Args:
        course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CourseLiveIframe]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CourseLiveIframe:
    """Get a course's live iframe

    Returns the HTML of the course's live tab (an iframe element) in `iframe`. When live is not enabled
    for the course it still answers 200, with a `developer_message` instead. Learners enrolled in the
    course, its staff and instructors, and global staff may call it (403 for others); an unknown course
    answers 404.

    Who may call: a learner enrolled in the course `course_id`, staff of the course `course_id`, or
    global staff. Anyone else gets 403. The course must also be one the caller can load
    (get_course_with_access 'load'); the tab's own enabled check decides between the iframe and the
    message.

    Args:
        course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CourseLiveIframe
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            client=client,
        )
    ).parsed
