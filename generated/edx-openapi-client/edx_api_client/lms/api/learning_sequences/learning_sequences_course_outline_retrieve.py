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

    Returns the course outline as customized for one user: the course's schedule and publication, who
    and when the outline was computed for, and its sections and sequences as that user may see them
    (sequences keyed by their usage key). The outline is the caller's own unless `user` names someone
    else, which needs staff access to the course (403 otherwise); course staff may also ask for it as an
    anonymous user. No sign-in is required: an anonymous caller gets the outline a course shows the
    public, and 401 when the course has none or shows it no outline. Answers 400 for a course key that
    does not parse and 404 for a course without an outline or an unknown `user`.

    Who may call: anyone, signed in or not. The view sets no permission class. Naming another user (or
    an anonymous one) in `user` needs staff access to the course (course staff or global staff); an
    anonymous caller only sees outlines the course makes public, else 401.

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

    Returns the course outline as customized for one user: the course's schedule and publication, who
    and when the outline was computed for, and its sections and sequences as that user may see them
    (sequences keyed by their usage key). The outline is the caller's own unless `user` names someone
    else, which needs staff access to the course (403 otherwise); course staff may also ask for it as an
    anonymous user. No sign-in is required: an anonymous caller gets the outline a course shows the
    public, and 401 when the course has none or shows it no outline. Answers 400 for a course key that
    does not parse and 404 for a course without an outline or an unknown `user`.

    Who may call: anyone, signed in or not. The view sets no permission class. Naming another user (or
    an anonymous one) in `user` needs staff access to the course (course staff or global staff); an
    anonymous caller only sees outlines the course makes public, else 401.

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

    Returns the course outline as customized for one user: the course's schedule and publication, who
    and when the outline was computed for, and its sections and sequences as that user may see them
    (sequences keyed by their usage key). The outline is the caller's own unless `user` names someone
    else, which needs staff access to the course (403 otherwise); course staff may also ask for it as an
    anonymous user. No sign-in is required: an anonymous caller gets the outline a course shows the
    public, and 401 when the course has none or shows it no outline. Answers 400 for a course key that
    does not parse and 404 for a course without an outline or an unknown `user`.

    Who may call: anyone, signed in or not. The view sets no permission class. Naming another user (or
    an anonymous one) in `user` needs staff access to the course (course staff or global staff); an
    anonymous caller only sees outlines the course makes public, else 401.

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

    Returns the course outline as customized for one user: the course's schedule and publication, who
    and when the outline was computed for, and its sections and sequences as that user may see them
    (sequences keyed by their usage key). The outline is the caller's own unless `user` names someone
    else, which needs staff access to the course (403 otherwise); course staff may also ask for it as an
    anonymous user. No sign-in is required: an anonymous caller gets the outline a course shows the
    public, and 401 when the course has none or shows it no outline. Answers 400 for a course key that
    does not parse and 404 for a course without an outline or an unknown `user`.

    Who may call: anyone, signed in or not. The view sets no permission class. Naming another user (or
    an anonymous one) in `user` needs staff access to the course (course staff or global staff); an
    anonymous caller only sees outlines the course makes public, else 401.

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
