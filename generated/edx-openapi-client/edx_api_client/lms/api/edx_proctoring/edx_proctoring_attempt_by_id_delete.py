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
        "method": "delete",
        "url": "/edx_proctoring/v1/proctored_exam/attempt/{attempt_id}".format(
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
    """Delete an exam attempt

    Removes the exam attempt in the path and resets the learner's progress on the exam. Only global
    staff and the staff of the attempt's course may call it (403 otherwise); an attempt id that does not
    exist answers 400.

    Who may call: staff of the course `attempt_id`, or global staff. Anyone else gets 403. Staff of the
    attempt's course (found from the attempt) or global staff.

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
    """Delete an exam attempt

    Removes the exam attempt in the path and resets the learner's progress on the exam. Only global
    staff and the staff of the attempt's course may call it (403 otherwise); an attempt id that does not
    exist answers 400.

    Who may call: staff of the course `attempt_id`, or global staff. Anyone else gets 403. Staff of the
    attempt's course (found from the attempt) or global staff.

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
    """Delete an exam attempt

    Removes the exam attempt in the path and resets the learner's progress on the exam. Only global
    staff and the staff of the attempt's course may call it (403 otherwise); an attempt id that does not
    exist answers 400.

    Who may call: staff of the course `attempt_id`, or global staff. Anyone else gets 403. Staff of the
    attempt's course (found from the attempt) or global staff.

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
    """Delete an exam attempt

    Removes the exam attempt in the path and resets the learner's progress on the exam. Only global
    staff and the staff of the attempt's course may call it (403 otherwise); an attempt id that does not
    exist answers 400.

    Who may call: staff of the course `attempt_id`, or global staff. Anyone else gets 403. Staff of the
    attempt's course (found from the attempt) or global staff.

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
