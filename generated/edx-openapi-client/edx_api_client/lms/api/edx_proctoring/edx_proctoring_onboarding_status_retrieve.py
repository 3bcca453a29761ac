from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.edx_proctoring_onboarding_status import EdxProctoringOnboardingStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    course_id: str,
    username: str | Unset = UNSET,
    is_learning_mfe: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["course_id"] = course_id

    params["username"] = username

    params["is_learning_mfe"] = is_learning_mfe

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/edx_proctoring/v1/user_onboarding/status",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EdxProctoringOnboardingStatus:
    if response.status_code == 200:
        response_200 = EdxProctoringOnboardingStatus.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EdxProctoringOnboardingStatus]:
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
    *,
    client: AuthenticatedClient | Client,
    course_id: str,
    username: str | Unset = UNSET,
    is_learning_mfe: str | Unset = UNSET,
) -> Response[EdxProctoringOnboardingStatus]:
    """Get the learner's onboarding status

    Returns a learner's proctoring onboarding status in the course `course_id` names (required; 400
    without it). The learner is the caller, or the one `username` names, which only the course's staff
    and global staff may do (403 otherwise). A course without an active onboarding exam on a backend
    that supports onboarding, or without one the learner can reach, answers 404.

    Who may call: the user named by `username`, staff of the course `course_id`, or global staff. Anyone
    else gets 403. A learner reads their own status (`username` left out or their own); the course's
    staff and global staff may name anyone.

    Args:
        course_id (str):
        username (str | Unset):
        is_learning_mfe (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[EdxProctoringOnboardingStatus]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        username=username,
        is_learning_mfe=is_learning_mfe,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    course_id: str,
    username: str | Unset = UNSET,
    is_learning_mfe: str | Unset = UNSET,
) -> EdxProctoringOnboardingStatus:
    """Get the learner's onboarding status

    Returns a learner's proctoring onboarding status in the course `course_id` names (required; 400
    without it). The learner is the caller, or the one `username` names, which only the course's staff
    and global staff may do (403 otherwise). A course without an active onboarding exam on a backend
    that supports onboarding, or without one the learner can reach, answers 404.

    Who may call: the user named by `username`, staff of the course `course_id`, or global staff. Anyone
    else gets 403. A learner reads their own status (`username` left out or their own); the course's
    staff and global staff may name anyone.

    Args:
        course_id (str):
        username (str | Unset):
        is_learning_mfe (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        EdxProctoringOnboardingStatus
    """

    return sync_detailed(
        client=client,
        course_id=course_id,
        username=username,
        is_learning_mfe=is_learning_mfe,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    course_id: str,
    username: str | Unset = UNSET,
    is_learning_mfe: str | Unset = UNSET,
) -> Response[EdxProctoringOnboardingStatus]:
    """Get the learner's onboarding status

    Returns a learner's proctoring onboarding status in the course `course_id` names (required; 400
    without it). The learner is the caller, or the one `username` names, which only the course's staff
    and global staff may do (403 otherwise). A course without an active onboarding exam on a backend
    that supports onboarding, or without one the learner can reach, answers 404.

    Who may call: the user named by `username`, staff of the course `course_id`, or global staff. Anyone
    else gets 403. A learner reads their own status (`username` left out or their own); the course's
    staff and global staff may name anyone.

    Args:
        course_id (str):
        username (str | Unset):
        is_learning_mfe (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[EdxProctoringOnboardingStatus]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        username=username,
        is_learning_mfe=is_learning_mfe,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    course_id: str,
    username: str | Unset = UNSET,
    is_learning_mfe: str | Unset = UNSET,
) -> EdxProctoringOnboardingStatus:
    """Get the learner's onboarding status

    Returns a learner's proctoring onboarding status in the course `course_id` names (required; 400
    without it). The learner is the caller, or the one `username` names, which only the course's staff
    and global staff may do (403 otherwise). A course without an active onboarding exam on a backend
    that supports onboarding, or without one the learner can reach, answers 404.

    Who may call: the user named by `username`, staff of the course `course_id`, or global staff. Anyone
    else gets 403. A learner reads their own status (`username` left out or their own); the course's
    staff and global staff may name anyone.

    Args:
        course_id (str):
        username (str | Unset):
        is_learning_mfe (str | Unset):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        EdxProctoringOnboardingStatus
    """

    return (
        await asyncio_detailed(
            client=client,
            course_id=course_id,
            username=username,
            is_learning_mfe=is_learning_mfe,
        )
    ).parsed
