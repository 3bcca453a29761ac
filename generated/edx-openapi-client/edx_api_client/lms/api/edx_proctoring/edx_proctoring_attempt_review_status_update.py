from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response


def _get_kwargs(
    attempt_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/edx_proctoring/v1/proctored_exam/attempt/{attempt_id}/review_status".format(
            attempt_id=quote(str(attempt_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any:
    if response.status_code == 200:
        return errors.decoded_body(response)
    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any]:
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
) -> Response[Any]:
    """Acknowledge the review status of an exam attempt

    Marks the review status of the exam attempt in the path as acknowledged (sets
    `is_status_acknowledged` to true). No body is read. Only the attempt's own learner may call it (403
    otherwise). Answers 404 unless the deployment lets learners view proctored exams past their due date
    (PROCTORED_EXAM_VIEWABLE_PAST_DUE).

    Who may call: the signed-in user, about themself. Anyone else gets 403. Only the learner the attempt
    belongs to. Answers 404 to every caller unless the deployment's PROCTORED_EXAM_VIEWABLE_PAST_DUE
    setting is on.

    Args:
        attempt_id (int):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Any]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        attempt_id=attempt_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    attempt_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Any:
    """Acknowledge the review status of an exam attempt

    Marks the review status of the exam attempt in the path as acknowledged (sets
    `is_status_acknowledged` to true). No body is read. Only the attempt's own learner may call it (403
    otherwise). Answers 404 unless the deployment lets learners view proctored exams past their due date
    (PROCTORED_EXAM_VIEWABLE_PAST_DUE).

    Who may call: the signed-in user, about themself. Anyone else gets 403. Only the learner the attempt
    belongs to. Answers 404 to every caller unless the deployment's PROCTORED_EXAM_VIEWABLE_PAST_DUE
    setting is on.

    Args:
        attempt_id (int):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Any
    """

    return sync_detailed(
        attempt_id=attempt_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    attempt_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Acknowledge the review status of an exam attempt

    Marks the review status of the exam attempt in the path as acknowledged (sets
    `is_status_acknowledged` to true). No body is read. Only the attempt's own learner may call it (403
    otherwise). Answers 404 unless the deployment lets learners view proctored exams past their due date
    (PROCTORED_EXAM_VIEWABLE_PAST_DUE).

    Who may call: the signed-in user, about themself. Anyone else gets 403. Only the learner the attempt
    belongs to. Answers 404 to every caller unless the deployment's PROCTORED_EXAM_VIEWABLE_PAST_DUE
    setting is on.

    Args:
        attempt_id (int):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Any]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        attempt_id=attempt_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    attempt_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Any:
    """Acknowledge the review status of an exam attempt

    Marks the review status of the exam attempt in the path as acknowledged (sets
    `is_status_acknowledged` to true). No body is read. Only the attempt's own learner may call it (403
    otherwise). Answers 404 unless the deployment lets learners view proctored exams past their due date
    (PROCTORED_EXAM_VIEWABLE_PAST_DUE).

    Who may call: the signed-in user, about themself. Anyone else gets 403. Only the learner the attempt
    belongs to. Answers 404 to every caller unless the deployment's PROCTORED_EXAM_VIEWABLE_PAST_DUE
    setting is on.

    Args:
        attempt_id (int):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Any
    """

    return (
        await asyncio_detailed(
            attempt_id=attempt_id,
            client=client,
        )
    ).parsed
