from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.edx_proctoring_exam_id import EdxProctoringExamId
from ...models.edx_proctoring_exam_update import EdxProctoringExamUpdate
from ...types import Response


def _get_kwargs(
    *,
    body: EdxProctoringExamUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/edx_proctoring/v1/proctored_exam/exam",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EdxProctoringExamId:
    if response.status_code == 200:
        response_200 = EdxProctoringExamId.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EdxProctoringExamId]:
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
    body: EdxProctoringExamUpdate,
) -> Response[EdxProctoringExamId]:
    """Update an exam

    Updates the exam the body names by `exam_id` and answers its id; members left out keep their value.
    Only global staff may call it (403 otherwise). An exam id that does not exist answers 400.

    Who may call: global staff. Anyone else gets 403.

    Args:
        body (EdxProctoringExamUpdate): The exam to change, and the members to change.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[EdxProctoringExamId]: the status, headers, raw body and parsed body.
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
    body: EdxProctoringExamUpdate,
) -> EdxProctoringExamId:
    """Update an exam

    Updates the exam the body names by `exam_id` and answers its id; members left out keep their value.
    Only global staff may call it (403 otherwise). An exam id that does not exist answers 400.

    Who may call: global staff. Anyone else gets 403.

    Args:
        body (EdxProctoringExamUpdate): The exam to change, and the members to change.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        EdxProctoringExamId
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EdxProctoringExamUpdate,
) -> Response[EdxProctoringExamId]:
    """Update an exam

    Updates the exam the body names by `exam_id` and answers its id; members left out keep their value.
    Only global staff may call it (403 otherwise). An exam id that does not exist answers 400.

    Who may call: global staff. Anyone else gets 403.

    Args:
        body (EdxProctoringExamUpdate): The exam to change, and the members to change.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[EdxProctoringExamId]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EdxProctoringExamUpdate,
) -> EdxProctoringExamId:
    """Update an exam

    Updates the exam the body names by `exam_id` and answers its id; members left out keep their value.
    Only global staff may call it (403 otherwise). An exam id that does not exist answers 400.

    Who may call: global staff. Anyone else gets 403.

    Args:
        body (EdxProctoringExamUpdate): The exam to change, and the members to change.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        EdxProctoringExamId
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
