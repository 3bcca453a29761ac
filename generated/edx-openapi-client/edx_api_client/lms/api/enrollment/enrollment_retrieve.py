from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.enrollment_user_enrollment import EnrollmentUserEnrollment
from ...types import Response


def _get_kwargs(
    course_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/enrollment/v1/enrollment/{course_id}".format(
            course_id=quote(str(course_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EnrollmentUserEnrollment:
    if response.status_code == 200:
        response_200 = EnrollmentUserEnrollment.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EnrollmentUserEnrollment]:
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
) -> Response[EnrollmentUserEnrollment]:
    """Get the requesting user's enrollment in a course

    Returns the requesting user's current enrollment in the course `course_id`, active or not. Where the
    user has no enrollment in the course, it answers 200 with an empty body. Any signed-in user may call
    it, for their own enrollment.

    Who may call: any signed-in user. Anyone else gets 403. The enrollment read is always the caller's
    own, since the path names no user.

    Args:
        course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[EnrollmentUserEnrollment]: the status, headers, raw body and parsed body.
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
) -> EnrollmentUserEnrollment:
    """Get the requesting user's enrollment in a course

    Returns the requesting user's current enrollment in the course `course_id`, active or not. Where the
    user has no enrollment in the course, it answers 200 with an empty body. Any signed-in user may call
    it, for their own enrollment.

    Who may call: any signed-in user. Anyone else gets 403. The enrollment read is always the caller's
    own, since the path names no user.

    Args:
        course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        EnrollmentUserEnrollment
    """

    return sync_detailed(
        course_id=course_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[EnrollmentUserEnrollment]:
    """Get the requesting user's enrollment in a course

    Returns the requesting user's current enrollment in the course `course_id`, active or not. Where the
    user has no enrollment in the course, it answers 200 with an empty body. Any signed-in user may call
    it, for their own enrollment.

    Who may call: any signed-in user. Anyone else gets 403. The enrollment read is always the caller's
    own, since the path names no user.

    Args:
        course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[EnrollmentUserEnrollment]: the status, headers, raw body and parsed body.
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
) -> EnrollmentUserEnrollment:
    """Get the requesting user's enrollment in a course

    Returns the requesting user's current enrollment in the course `course_id`, active or not. Where the
    user has no enrollment in the course, it answers 200 with an empty body. Any signed-in user may call
    it, for their own enrollment.

    Who may call: any signed-in user. Anyone else gets 403. The enrollment read is always the caller's
    own, since the path names no user.

    Args:
        course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        EnrollmentUserEnrollment
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            client=client,
        )
    ).parsed
