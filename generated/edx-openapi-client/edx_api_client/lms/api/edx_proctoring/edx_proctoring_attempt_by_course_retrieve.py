from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.edx_proctoring_course_exam_attempt import EdxProctoringCourseExamAttempt
from ...types import UNSET, Response, Unset


def _get_kwargs(
    course_id: str,
    *,
    content_id: str | Unset = UNSET,
    is_learning_mfe: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["content_id"] = content_id

    params["is_learning_mfe"] = is_learning_mfe

    params["user_id"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/edx_proctoring/v1/proctored_exam/attempt/course_id/{course_id}".format(
            course_id=quote(str(course_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EdxProctoringCourseExamAttempt:
    if response.status_code == 200:
        response_200 = EdxProctoringCourseExamAttempt.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EdxProctoringCourseExamAttempt]:
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
    content_id: str | Unset = UNSET,
    is_learning_mfe: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> Response[EdxProctoringCourseExamAttempt]:
    """Get an exam with its attempt and active attempt

    Returns an exam of the course in the path with the caller's attempt at it and the caller's active
    attempt. The exam is the one whose content id `content_id` gives (the learning MFE sends the exam's
    sequence); without it, or for a content id with no exam, `exam` is an empty object. The exam carries
    the caller's latest attempt at it (or an empty object), and `active_attempt` is the caller's attempt
    whose timer is running anywhere (or an empty object). Global staff may ask for another user with
    `user_id`; anyone else who sends it gets 403.

    Who may call: the user named by `user_id`, or global staff. Anyone else gets 403. Without `user_id`
    the answer is about the caller; naming any user, even oneself, needs global staff.

    Args:
        course_id (str):
        content_id (str | Unset):
        is_learning_mfe (str | Unset):
        user_id (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[EdxProctoringCourseExamAttempt]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        content_id=content_id,
        is_learning_mfe=is_learning_mfe,
        user_id=user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    content_id: str | Unset = UNSET,
    is_learning_mfe: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> EdxProctoringCourseExamAttempt:
    """Get an exam with its attempt and active attempt

    Returns an exam of the course in the path with the caller's attempt at it and the caller's active
    attempt. The exam is the one whose content id `content_id` gives (the learning MFE sends the exam's
    sequence); without it, or for a content id with no exam, `exam` is an empty object. The exam carries
    the caller's latest attempt at it (or an empty object), and `active_attempt` is the caller's attempt
    whose timer is running anywhere (or an empty object). Global staff may ask for another user with
    `user_id`; anyone else who sends it gets 403.

    Who may call: the user named by `user_id`, or global staff. Anyone else gets 403. Without `user_id`
    the answer is about the caller; naming any user, even oneself, needs global staff.

    Args:
        course_id (str):
        content_id (str | Unset):
        is_learning_mfe (str | Unset):
        user_id (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        EdxProctoringCourseExamAttempt
    """

    return sync_detailed(
        course_id=course_id,
        client=client,
        content_id=content_id,
        is_learning_mfe=is_learning_mfe,
        user_id=user_id,
    ).parsed


async def asyncio_detailed(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    content_id: str | Unset = UNSET,
    is_learning_mfe: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> Response[EdxProctoringCourseExamAttempt]:
    """Get an exam with its attempt and active attempt

    Returns an exam of the course in the path with the caller's attempt at it and the caller's active
    attempt. The exam is the one whose content id `content_id` gives (the learning MFE sends the exam's
    sequence); without it, or for a content id with no exam, `exam` is an empty object. The exam carries
    the caller's latest attempt at it (or an empty object), and `active_attempt` is the caller's attempt
    whose timer is running anywhere (or an empty object). Global staff may ask for another user with
    `user_id`; anyone else who sends it gets 403.

    Who may call: the user named by `user_id`, or global staff. Anyone else gets 403. Without `user_id`
    the answer is about the caller; naming any user, even oneself, needs global staff.

    Args:
        course_id (str):
        content_id (str | Unset):
        is_learning_mfe (str | Unset):
        user_id (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[EdxProctoringCourseExamAttempt]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        content_id=content_id,
        is_learning_mfe=is_learning_mfe,
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_id: str,
    *,
    client: AuthenticatedClient | Client,
    content_id: str | Unset = UNSET,
    is_learning_mfe: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> EdxProctoringCourseExamAttempt:
    """Get an exam with its attempt and active attempt

    Returns an exam of the course in the path with the caller's attempt at it and the caller's active
    attempt. The exam is the one whose content id `content_id` gives (the learning MFE sends the exam's
    sequence); without it, or for a content id with no exam, `exam` is an empty object. The exam carries
    the caller's latest attempt at it (or an empty object), and `active_attempt` is the caller's attempt
    whose timer is running anywhere (or an empty object). Global staff may ask for another user with
    `user_id`; anyone else who sends it gets 403.

    Who may call: the user named by `user_id`, or global staff. Anyone else gets 403. Without `user_id`
    the answer is about the caller; naming any user, even oneself, needs global staff.

    Args:
        course_id (str):
        content_id (str | Unset):
        is_learning_mfe (str | Unset):
        user_id (int | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        EdxProctoringCourseExamAttempt
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            client=client,
            content_id=content_id,
            is_learning_mfe=is_learning_mfe,
            user_id=user_id,
        )
    ).parsed
