from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.discussion_course_settings import DiscussionCourseSettings
from ...types import Response


def _get_kwargs(
    course_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/discussion/v1/courses/{course_id}/settings".format(
            course_id=quote(str(course_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DiscussionCourseSettings:
    if response.status_code == 200:
        response_200 = DiscussionCourseSettings.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DiscussionCourseSettings]:
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
) -> Response[DiscussionCourseSettings]:
    """Get a course's discussion settings

    Reads the discussion settings of the course named in the path: which topics are divided (by cohort
    or enrollment track) and how. Global staff may read them, and so may the course's discussion
    administrators, moderators and community TAs (403 for others); an unknown course answers 404.

    Who may call: global staff. Anyone else gets 403. The course's discussion administrators, moderators
    and community TAs may read the settings too; course staff without one of those roles may not.

    Args:
        course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[DiscussionCourseSettings]: the status, headers, raw body and parsed body.
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
) -> DiscussionCourseSettings:
    """Get a course's discussion settings

    Reads the discussion settings of the course named in the path: which topics are divided (by cohort
    or enrollment track) and how. Global staff may read them, and so may the course's discussion
    administrators, moderators and community TAs (403 for others); an unknown course answers 404.

    Who may call: global staff. Anyone else gets 403. The course's discussion administrators, moderators
    and community TAs may read the settings too; course staff without one of those roles may not.

    Args:
        course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        DiscussionCourseSettings
    """

    return sync_detailed(
        course_id=course_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DiscussionCourseSettings]:
    """Get a course's discussion settings

    Reads the discussion settings of the course named in the path: which topics are divided (by cohort
    or enrollment track) and how. Global staff may read them, and so may the course's discussion
    administrators, moderators and community TAs (403 for others); an unknown course answers 404.

    Who may call: global staff. Anyone else gets 403. The course's discussion administrators, moderators
    and community TAs may read the settings too; course staff without one of those roles may not.

    Args:
        course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[DiscussionCourseSettings]: the status, headers, raw body and parsed body.
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
) -> DiscussionCourseSettings:
    """Get a course's discussion settings

    Reads the discussion settings of the course named in the path: which topics are divided (by cohort
    or enrollment track) and how. Global staff may read them, and so may the course's discussion
    administrators, moderators and community TAs (403 for others); an unknown course answers 404.

    Who may call: global staff. Anyone else gets 403. The course's discussion administrators, moderators
    and community TAs may read the settings too; course staff without one of those roles may not.

    Args:
        course_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        DiscussionCourseSettings
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            client=client,
        )
    ).parsed
