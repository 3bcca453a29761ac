from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.edx_proctoring_allowance_delete import EdxProctoringAllowanceDelete
from ...types import Response


def _get_kwargs(
    *,
    body: EdxProctoringAllowanceDelete,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/edx_proctoring/v1/proctored_exam/allowance",
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
    body: EdxProctoringAllowanceDelete,
) -> Response[Any]:
    """Remove an allowance

    Removes an allowance, named in the request body by the exam, the learner's numeric id and the
    allowance's key. Removing an allowance that does not exist changes nothing and answers the same.
    Only global staff and the staff of the exam's course may call it (403 otherwise).

    Who may call: staff of the course `course_id`, or global staff. Anyone else gets 403. The course
    checked is the body's `course_id`, else the course of the exam in `exam_id`.

    Args:
        body (EdxProctoringAllowanceDelete): The allowance to remove.

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
    body: EdxProctoringAllowanceDelete,
) -> Any:
    """Remove an allowance

    Removes an allowance, named in the request body by the exam, the learner's numeric id and the
    allowance's key. Removing an allowance that does not exist changes nothing and answers the same.
    Only global staff and the staff of the exam's course may call it (403 otherwise).

    Who may call: staff of the course `course_id`, or global staff. Anyone else gets 403. The course
    checked is the body's `course_id`, else the course of the exam in `exam_id`.

    Args:
        body (EdxProctoringAllowanceDelete): The allowance to remove.

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
    body: EdxProctoringAllowanceDelete,
) -> Response[Any]:
    """Remove an allowance

    Removes an allowance, named in the request body by the exam, the learner's numeric id and the
    allowance's key. Removing an allowance that does not exist changes nothing and answers the same.
    Only global staff and the staff of the exam's course may call it (403 otherwise).

    Who may call: staff of the course `course_id`, or global staff. Anyone else gets 403. The course
    checked is the body's `course_id`, else the course of the exam in `exam_id`.

    Args:
        body (EdxProctoringAllowanceDelete): The allowance to remove.

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
    body: EdxProctoringAllowanceDelete,
) -> Any:
    """Remove an allowance

    Removes an allowance, named in the request body by the exam, the learner's numeric id and the
    allowance's key. Removing an allowance that does not exist changes nothing and answers the same.
    Only global staff and the staff of the exam's course may call it (403 otherwise).

    Who may call: staff of the course `course_id`, or global staff. Anyone else gets 403. The course
    checked is the body's `course_id`, else the course of the exam in `exam_id`.

    Args:
        body (EdxProctoringAllowanceDelete): The allowance to remove.

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
