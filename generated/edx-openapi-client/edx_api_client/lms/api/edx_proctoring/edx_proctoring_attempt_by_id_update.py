from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.edx_proctoring_attempt_action import EdxProctoringAttemptAction
from ...models.edx_proctoring_attempt_action_result import (
    EdxProctoringAttemptActionResult,
)
from ...types import Response


def _get_kwargs(
    attempt_id: int,
    *,
    body: EdxProctoringAttemptAction,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/edx_proctoring/v1/proctored_exam/attempt/{attempt_id}".format(
            attempt_id=quote(str(attempt_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EdxProctoringAttemptActionResult:
    if response.status_code == 200:
        response_200 = EdxProctoringAttemptActionResult.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EdxProctoringAttemptActionResult]:
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
    attempt_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: EdxProctoringAttemptAction,
) -> Response[EdxProctoringAttemptActionResult]:
    """Change the status of an exam attempt

    Changes the exam attempt in the path according to the body's `action`: `start` starts the timer,
    `stop` stops it, `submit` submits the attempt, `decline` declines taking it proctored,
    `click_download_software` records that the proctoring software was downloaded, `error` reports a
    failure of the proctoring software (with `detail`), `reset_attempt` starts a practice exam over and
    `mark_ready_to_resume` lets an attempt in error resume. Only the attempt's learner may act on it
    (403 otherwise), except that course staff and global staff may send `mark_ready_to_resume` with the
    learner's `user_id`. A change the attempt's current status does not allow answers 400.

    Who may call: the signed-in user, about themself. Anyone else gets 403. Only the learner the attempt
    belongs to may act on it; the staff of the attempt's course and global staff may also send
    `mark_ready_to_resume` naming the learner in `user_id`. Any other `user_id` is refused with 403.

    Args:
        attempt_id (int):
        body (EdxProctoringAttemptAction): What to do with the attempt.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[EdxProctoringAttemptActionResult]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        attempt_id=attempt_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    attempt_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: EdxProctoringAttemptAction,
) -> EdxProctoringAttemptActionResult:
    """Change the status of an exam attempt

    Changes the exam attempt in the path according to the body's `action`: `start` starts the timer,
    `stop` stops it, `submit` submits the attempt, `decline` declines taking it proctored,
    `click_download_software` records that the proctoring software was downloaded, `error` reports a
    failure of the proctoring software (with `detail`), `reset_attempt` starts a practice exam over and
    `mark_ready_to_resume` lets an attempt in error resume. Only the attempt's learner may act on it
    (403 otherwise), except that course staff and global staff may send `mark_ready_to_resume` with the
    learner's `user_id`. A change the attempt's current status does not allow answers 400.

    Who may call: the signed-in user, about themself. Anyone else gets 403. Only the learner the attempt
    belongs to may act on it; the staff of the attempt's course and global staff may also send
    `mark_ready_to_resume` naming the learner in `user_id`. Any other `user_id` is refused with 403.

    Args:
        attempt_id (int):
        body (EdxProctoringAttemptAction): What to do with the attempt.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        EdxProctoringAttemptActionResult
    """

    return sync_detailed(
        attempt_id=attempt_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    attempt_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: EdxProctoringAttemptAction,
) -> Response[EdxProctoringAttemptActionResult]:
    """Change the status of an exam attempt

    Changes the exam attempt in the path according to the body's `action`: `start` starts the timer,
    `stop` stops it, `submit` submits the attempt, `decline` declines taking it proctored,
    `click_download_software` records that the proctoring software was downloaded, `error` reports a
    failure of the proctoring software (with `detail`), `reset_attempt` starts a practice exam over and
    `mark_ready_to_resume` lets an attempt in error resume. Only the attempt's learner may act on it
    (403 otherwise), except that course staff and global staff may send `mark_ready_to_resume` with the
    learner's `user_id`. A change the attempt's current status does not allow answers 400.

    Who may call: the signed-in user, about themself. Anyone else gets 403. Only the learner the attempt
    belongs to may act on it; the staff of the attempt's course and global staff may also send
    `mark_ready_to_resume` naming the learner in `user_id`. Any other `user_id` is refused with 403.

    Args:
        attempt_id (int):
        body (EdxProctoringAttemptAction): What to do with the attempt.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[EdxProctoringAttemptActionResult]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        attempt_id=attempt_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    attempt_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: EdxProctoringAttemptAction,
) -> EdxProctoringAttemptActionResult:
    """Change the status of an exam attempt

    Changes the exam attempt in the path according to the body's `action`: `start` starts the timer,
    `stop` stops it, `submit` submits the attempt, `decline` declines taking it proctored,
    `click_download_software` records that the proctoring software was downloaded, `error` reports a
    failure of the proctoring software (with `detail`), `reset_attempt` starts a practice exam over and
    `mark_ready_to_resume` lets an attempt in error resume. Only the attempt's learner may act on it
    (403 otherwise), except that course staff and global staff may send `mark_ready_to_resume` with the
    learner's `user_id`. A change the attempt's current status does not allow answers 400.

    Who may call: the signed-in user, about themself. Anyone else gets 403. Only the learner the attempt
    belongs to may act on it; the staff of the attempt's course and global staff may also send
    `mark_ready_to_resume` naming the learner in `user_id`. Any other `user_id` is refused with 403.

    Args:
        attempt_id (int):
        body (EdxProctoringAttemptAction): What to do with the attempt.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        EdxProctoringAttemptActionResult
    """

    return (
        await asyncio_detailed(
            attempt_id=attempt_id,
            client=client,
            body=body,
        )
    ).parsed
