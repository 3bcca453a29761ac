from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.edx_proctoring_attempt_create import EdxProctoringAttemptCreate
from ...models.edx_proctoring_attempt_id import EdxProctoringAttemptId
from ...types import Response


def _get_kwargs(
    *,
    body: EdxProctoringAttemptCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/edx_proctoring/v1/proctored_exam/attempt",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EdxProctoringAttemptId:
    if response.status_code == 200:
        response_200 = EdxProctoringAttemptId.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EdxProctoringAttemptId]:
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
    body: EdxProctoringAttemptCreate,
) -> Response[EdxProctoringAttemptId]:
    """Start an exam attempt

    Starts the caller's attempt at the exam the body names. A proctored exam the learner chooses not to
    take proctored (`attempt_proctored` not "true") gets a declined attempt; otherwise `start_clock:
    "true"` starts the attempt's timer at once. Both flags are the strings "true" or "false", as the
    learning MFE sends them. Any signed-in user may call it; an exam past its due date is refused with
    403 (practice exams excepted), and an unknown exam, or a second attempt where one exists, answers
    400.

    Who may call: any signed-in user. Anyone else gets 403. The attempt is always the caller's; the view
    checks no enrollment. An exam past its due date (practice exams excepted) is refused with 403.

    Args:
        body (EdxProctoringAttemptCreate): The exam to start an attempt at, and how.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[EdxProctoringAttemptId]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: EdxProctoringAttemptCreate,
) -> EdxProctoringAttemptId:
    """Start an exam attempt

    Starts the caller's attempt at the exam the body names. A proctored exam the learner chooses not to
    take proctored (`attempt_proctored` not "true") gets a declined attempt; otherwise `start_clock:
    "true"` starts the attempt's timer at once. Both flags are the strings "true" or "false", as the
    learning MFE sends them. Any signed-in user may call it; an exam past its due date is refused with
    403 (practice exams excepted), and an unknown exam, or a second attempt where one exists, answers
    400.

    Who may call: any signed-in user. Anyone else gets 403. The attempt is always the caller's; the view
    checks no enrollment. An exam past its due date (practice exams excepted) is refused with 403.

    Args:
        body (EdxProctoringAttemptCreate): The exam to start an attempt at, and how.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        EdxProctoringAttemptId
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EdxProctoringAttemptCreate,
) -> Response[EdxProctoringAttemptId]:
    """Start an exam attempt

    Starts the caller's attempt at the exam the body names. A proctored exam the learner chooses not to
    take proctored (`attempt_proctored` not "true") gets a declined attempt; otherwise `start_clock:
    "true"` starts the attempt's timer at once. Both flags are the strings "true" or "false", as the
    learning MFE sends them. Any signed-in user may call it; an exam past its due date is refused with
    403 (practice exams excepted), and an unknown exam, or a second attempt where one exists, answers
    400.

    Who may call: any signed-in user. Anyone else gets 403. The attempt is always the caller's; the view
    checks no enrollment. An exam past its due date (practice exams excepted) is refused with 403.

    Args:
        body (EdxProctoringAttemptCreate): The exam to start an attempt at, and how.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[EdxProctoringAttemptId]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EdxProctoringAttemptCreate,
) -> EdxProctoringAttemptId:
    """Start an exam attempt

    Starts the caller's attempt at the exam the body names. A proctored exam the learner chooses not to
    take proctored (`attempt_proctored` not "true") gets a declined attempt; otherwise `start_clock:
    "true"` starts the attempt's timer at once. Both flags are the strings "true" or "false", as the
    learning MFE sends them. Any signed-in user may call it; an exam past its due date is refused with
    403 (practice exams excepted), and an unknown exam, or a second attempt where one exists, answers
    400.

    Who may call: any signed-in user. Anyone else gets 403. The attempt is always the caller's; the view
    checks no enrollment. An exam past its due date (practice exams excepted) is refused with 403.

    Args:
        body (EdxProctoringAttemptCreate): The exam to start an attempt at, and how.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        EdxProctoringAttemptId
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
