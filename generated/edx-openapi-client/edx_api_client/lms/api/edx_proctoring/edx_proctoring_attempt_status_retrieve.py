from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.edx_proctoring_attempt_data import EdxProctoringAttemptData
from ...models.edx_proctoring_no_timed_exam import EdxProctoringNoTimedExam
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/edx_proctoring/v1/proctored_exam/attempt",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EdxProctoringAttemptData | EdxProctoringNoTimedExam:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> EdxProctoringAttemptData | EdxProctoringNoTimedExam:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = EdxProctoringAttemptData.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError(
                    f"response_200: expected dict[str, Any], got {type(data).__name__}"
                )
            response_200_type_1 = EdxProctoringNoTimedExam.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EdxProctoringAttemptData | EdxProctoringNoTimedExam]:
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
) -> Response[EdxProctoringAttemptData | EdxProctoringNoTimedExam]:
    """Get the status of an exam attempt

    Returns the caller's exam attempt in progress: its timer data, or, when there is none, an object
    saying the caller is in no timed exam. Any signed-in user may call it. GET
    /edx_proctoring/v1/proctored_exam/attempt/{attempt_id} reads one attempt by its id.

    Who may call: any signed-in user. Anyone else gets 403. The answer is always about the caller's own
    attempt.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[EdxProctoringAttemptData | EdxProctoringNoTimedExam]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> EdxProctoringAttemptData | EdxProctoringNoTimedExam:
    """Get the status of an exam attempt

    Returns the caller's exam attempt in progress: its timer data, or, when there is none, an object
    saying the caller is in no timed exam. Any signed-in user may call it. GET
    /edx_proctoring/v1/proctored_exam/attempt/{attempt_id} reads one attempt by its id.

    Who may call: any signed-in user. Anyone else gets 403. The answer is always about the caller's own
    attempt.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        EdxProctoringAttemptData | EdxProctoringNoTimedExam
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[EdxProctoringAttemptData | EdxProctoringNoTimedExam]:
    """Get the status of an exam attempt

    Returns the caller's exam attempt in progress: its timer data, or, when there is none, an object
    saying the caller is in no timed exam. Any signed-in user may call it. GET
    /edx_proctoring/v1/proctored_exam/attempt/{attempt_id} reads one attempt by its id.

    Who may call: any signed-in user. Anyone else gets 403. The answer is always about the caller's own
    attempt.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[EdxProctoringAttemptData | EdxProctoringNoTimedExam]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> EdxProctoringAttemptData | EdxProctoringNoTimedExam:
    """Get the status of an exam attempt

    Returns the caller's exam attempt in progress: its timer data, or, when there is none, an object
    saying the caller is in no timed exam. Any signed-in user may call it. GET
    /edx_proctoring/v1/proctored_exam/attempt/{attempt_id} reads one attempt by its id.

    Who may call: any signed-in user. Anyone else gets 403. The answer is always about the caller's own
    attempt.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        EdxProctoringAttemptData | EdxProctoringNoTimedExam
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
