from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.learning_sequences_user_course_outline import (
    LearningSequencesUserCourseOutline,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    course_key_str: str,
    *,
    user: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["user"] = user

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/learning_sequences/v1/course_outline/{course_key_str}".format(
            course_key_str=quote(str(course_key_str), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LearningSequencesUserCourseOutline:
    if response.status_code == 200:
        response_200 = LearningSequencesUserCourseOutline.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LearningSequencesUserCourseOutline]:
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
    course_key_str: str,
    *,
    client: AuthenticatedClient | Client,
    user: str | Unset = UNSET,
) -> Response[LearningSequencesUserCourseOutline]:
    """Get a course outline for the user

    Returns the course outline (CourseOutline) as customized for a given user. The doc documents no
    parameter besides the course key and none of the outline's fields; they are typed from the view: the
    course's schedule and publication, who and when the outline was computed for, and its sections and
    sequences as that user may see them (sequences keyed by their usage key). Course staff may ask for
    the outline as another user, or as an anonymous user.

    Args:
        course_key_str (str):
        user (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[LearningSequencesUserCourseOutline]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_key_str=course_key_str,
        user=user,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_key_str: str,
    *,
    client: AuthenticatedClient | Client,
    user: str | Unset = UNSET,
) -> LearningSequencesUserCourseOutline:
    """Get a course outline for the user

    Returns the course outline (CourseOutline) as customized for a given user. The doc documents no
    parameter besides the course key and none of the outline's fields; they are typed from the view: the
    course's schedule and publication, who and when the outline was computed for, and its sections and
    sequences as that user may see them (sequences keyed by their usage key). Course staff may ask for
    the outline as another user, or as an anonymous user.

    Args:
        course_key_str (str):
        user (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        LearningSequencesUserCourseOutline
    """

    return sync_detailed(
        course_key_str=course_key_str,
        client=client,
        user=user,
    ).parsed


async def asyncio_detailed(
    course_key_str: str,
    *,
    client: AuthenticatedClient | Client,
    user: str | Unset = UNSET,
) -> Response[LearningSequencesUserCourseOutline]:
    """Get a course outline for the user

    Returns the course outline (CourseOutline) as customized for a given user. The doc documents no
    parameter besides the course key and none of the outline's fields; they are typed from the view: the
    course's schedule and publication, who and when the outline was computed for, and its sections and
    sequences as that user may see them (sequences keyed by their usage key). Course staff may ask for
    the outline as another user, or as an anonymous user.

    Args:
        course_key_str (str):
        user (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[LearningSequencesUserCourseOutline]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_key_str=course_key_str,
        user=user,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_key_str: str,
    *,
    client: AuthenticatedClient | Client,
    user: str | Unset = UNSET,
) -> LearningSequencesUserCourseOutline:
    """Get a course outline for the user

    Returns the course outline (CourseOutline) as customized for a given user. The doc documents no
    parameter besides the course key and none of the outline's fields; they are typed from the view: the
    course's schedule and publication, who and when the outline was computed for, and its sections and
    sequences as that user may see them (sequences keyed by their usage key). Course staff may ask for
    the outline as another user, or as an anonymous user.

    Args:
        course_key_str (str):
        user (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        LearningSequencesUserCourseOutline
    """

    return (
        await asyncio_detailed(
            course_key_str=course_key_str,
            client=client,
            user=user,
        )
    ).parsed
