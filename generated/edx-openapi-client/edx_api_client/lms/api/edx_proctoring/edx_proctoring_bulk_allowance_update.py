from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.edx_proctoring_bulk_allowance_pair import EdxProctoringBulkAllowancePair
from ...models.edx_proctoring_bulk_allowance_write import (
    EdxProctoringBulkAllowanceWrite,
)
from ...types import Response


def _get_kwargs(
    *,
    body: EdxProctoringBulkAllowanceWrite,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/edx_proctoring/v1/proctored_exam/bulk_allowance",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any:
    if response.status_code == 200:
        return errors.decoded_body(response)
    if response.status_code == 207:
        response_207 = []
        _response_207 = response.json()
        for response_207_item_data in _response_207:
            response_207_item = EdxProctoringBulkAllowancePair.from_dict(
                response_207_item_data
            )

            response_207.append(response_207_item)

        return response_207

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
    *,
    client: AuthenticatedClient | Client,
    body: EdxProctoringBulkAllowanceWrite,
) -> Response[Any]:
    """Add or update allowances in bulk

    Adds or updates allowances for many exams and learners in one request; exams and learners are comma-
    separated lists in strings. Only global staff and the staff of the course in the body's `course_id`
    may call it (403 otherwise). PUT /edx_proctoring/v1/proctored_exam/{course_id}/bulk_allowance names
    the course in the path.

    Who may call: staff of the course `course_id`, or global staff. Anyone else gets 403. The course
    checked is the body's `course_id`.

    Args:
        body (EdxProctoringBulkAllowanceWrite): Allowances to add or update for every listed
            learner at every listed exam.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Any]: the status, headers, raw body and parsed body.
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
    body: EdxProctoringBulkAllowanceWrite,
) -> Any:
    """Add or update allowances in bulk

    Adds or updates allowances for many exams and learners in one request; exams and learners are comma-
    separated lists in strings. Only global staff and the staff of the course in the body's `course_id`
    may call it (403 otherwise). PUT /edx_proctoring/v1/proctored_exam/{course_id}/bulk_allowance names
    the course in the path.

    Who may call: staff of the course `course_id`, or global staff. Anyone else gets 403. The course
    checked is the body's `course_id`.

    Args:
        body (EdxProctoringBulkAllowanceWrite): Allowances to add or update for every listed
            learner at every listed exam.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Any
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EdxProctoringBulkAllowanceWrite,
) -> Response[Any]:
    """Add or update allowances in bulk

    Adds or updates allowances for many exams and learners in one request; exams and learners are comma-
    separated lists in strings. Only global staff and the staff of the course in the body's `course_id`
    may call it (403 otherwise). PUT /edx_proctoring/v1/proctored_exam/{course_id}/bulk_allowance names
    the course in the path.

    Who may call: staff of the course `course_id`, or global staff. Anyone else gets 403. The course
    checked is the body's `course_id`.

    Args:
        body (EdxProctoringBulkAllowanceWrite): Allowances to add or update for every listed
            learner at every listed exam.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Any]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EdxProctoringBulkAllowanceWrite,
) -> Any:
    """Add or update allowances in bulk

    Adds or updates allowances for many exams and learners in one request; exams and learners are comma-
    separated lists in strings. Only global staff and the staff of the course in the body's `course_id`
    may call it (403 otherwise). PUT /edx_proctoring/v1/proctored_exam/{course_id}/bulk_allowance names
    the course in the path.

    Who may call: staff of the course `course_id`, or global staff. Anyone else gets 403. The course
    checked is the body's `course_id`.

    Args:
        body (EdxProctoringBulkAllowanceWrite): Allowances to add or update for every listed
            learner at every listed exam.

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
            client=client,
            body=body,
        )
    ).parsed
