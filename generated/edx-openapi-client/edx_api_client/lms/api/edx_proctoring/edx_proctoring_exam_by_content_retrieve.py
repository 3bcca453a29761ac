from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.edx_proctoring_exam import EdxProctoringExam
from ...types import Response


def _get_kwargs(
    course_id: str,
    content_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/edx_proctoring/v1/proctored_exam/exam/course_id/{course_id}/content_id/{content_id}".format(
            course_id=quote(str(course_id), safe=""),
            content_id=quote(str(content_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EdxProctoringExam:
    if response.status_code == 200:
        response_200 = EdxProctoringExam.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EdxProctoringExam]:
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
    content_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[EdxProctoringExam]:
    """Get a proctored exam by course and content

    Returns the exam of the course and content in the path. Any signed-in user may call it; a pair
    without an exam answers 400.

    Who may call: any signed-in user. Anyone else gets 403.

    Args:
        course_id (str):
        content_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[EdxProctoringExam]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        content_id=content_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_id: str,
    content_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> EdxProctoringExam:
    """Get a proctored exam by course and content

    Returns the exam of the course and content in the path. Any signed-in user may call it; a pair
    without an exam answers 400.

    Who may call: any signed-in user. Anyone else gets 403.

    Args:
        course_id (str):
        content_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        EdxProctoringExam
    """

    return sync_detailed(
        course_id=course_id,
        content_id=content_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    course_id: str,
    content_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[EdxProctoringExam]:
    """Get a proctored exam by course and content

    Returns the exam of the course and content in the path. Any signed-in user may call it; a pair
    without an exam answers 400.

    Who may call: any signed-in user. Anyone else gets 403.

    Args:
        course_id (str):
        content_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[EdxProctoringExam]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        content_id=content_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_id: str,
    content_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> EdxProctoringExam:
    """Get a proctored exam by course and content

    Returns the exam of the course and content in the path. Any signed-in user may call it; a pair
    without an exam answers 400.

    Who may call: any signed-in user. Anyone else gets 403.

    Args:
        course_id (str):
        content_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        EdxProctoringExam
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            content_id=content_id,
            client=client,
        )
    ).parsed
