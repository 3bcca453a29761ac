from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.edx_proctoring_active_exam import EdxProctoringActiveExam
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/edx_proctoring/v1/proctored_exam/active_exams_for_user",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[EdxProctoringActiveExam]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = EdxProctoringActiveExam.from_dict(
                response_200_item_data
            )

            response_200.append(response_200_item)

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[EdxProctoringActiveExam]]:
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
) -> Response[list[EdxProctoringActiveExam]]:
    """Get the active exams of a user

    Lists the exams that are active for a user: each entry is an exam the user has an attempt in
    progress at, with that attempt and the user's allowances at the exam. The user and an optional
    course are read from the request body (`user_id`, `course_id`), not from the query, although the
    method is GET; without them the list is empty. Any signed-in user may call it.

    Who may call: any signed-in user. Anyone else gets 403. The view checks only that the caller is
    signed in: any signed-in user may name any user in the body.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[list[EdxProctoringActiveExam]]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> list[EdxProctoringActiveExam]:
    """Get the active exams of a user

    Lists the exams that are active for a user: each entry is an exam the user has an attempt in
    progress at, with that attempt and the user's allowances at the exam. The user and an optional
    course are read from the request body (`user_id`, `course_id`), not from the query, although the
    method is GET; without them the list is empty. Any signed-in user may call it.

    Who may call: any signed-in user. Anyone else gets 403. The view checks only that the caller is
    signed in: any signed-in user may name any user in the body.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        list[EdxProctoringActiveExam]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[EdxProctoringActiveExam]]:
    """Get the active exams of a user

    Lists the exams that are active for a user: each entry is an exam the user has an attempt in
    progress at, with that attempt and the user's allowances at the exam. The user and an optional
    course are read from the request body (`user_id`, `course_id`), not from the query, although the
    method is GET; without them the list is empty. Any signed-in user may call it.

    Who may call: any signed-in user. Anyone else gets 403. The view checks only that the caller is
    signed in: any signed-in user may name any user in the body.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[list[EdxProctoringActiveExam]]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> list[EdxProctoringActiveExam]:
    """Get the active exams of a user

    Lists the exams that are active for a user: each entry is an exam the user has an attempt in
    progress at, with that attempt and the user's allowances at the exam. The user and an optional
    course are read from the request body (`user_id`, `course_id`), not from the query, although the
    method is GET; without them the list is empty. Any signed-in user may call it.

    Who may call: any signed-in user. Anyone else gets 403. The view checks only that the caller is
    signed in: any signed-in user may name any user in the body.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        list[EdxProctoringActiveExam]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
