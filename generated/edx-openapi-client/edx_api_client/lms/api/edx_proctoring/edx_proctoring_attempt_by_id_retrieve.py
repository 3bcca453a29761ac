from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.edx_proctoring_attempt_detail import EdxProctoringAttemptDetail
from ...types import Response


def _get_kwargs(
    attempt_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/edx_proctoring/v1/proctored_exam/attempt/{attempt_id}".format(
            attempt_id=quote(str(attempt_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EdxProctoringAttemptDetail:
    if response.status_code == 200:
        response_200 = EdxProctoringAttemptDetail.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EdxProctoringAttemptDetail]:
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
) -> Response[EdxProctoringAttemptDetail]:
    """Get the status of an exam attempt by id

    Returns the exam attempt in the path: the whole attempt with the seconds it has left and a sentence
    saying so for screen readers. Only the attempt's own learner may read it (403 for anyone else); an
    attempt id that does not exist answers 400.

    Who may call: the signed-in user, about themself. Anyone else gets 403. Only the learner the attempt
    belongs to; staff are refused (403) as well. An attempt id that does not exist answers 400 before
    the check.

    Args:
        attempt_id (int):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[EdxProctoringAttemptDetail]: the status, headers, raw body and parsed body.
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
) -> EdxProctoringAttemptDetail:
    """Get the status of an exam attempt by id

    Returns the exam attempt in the path: the whole attempt with the seconds it has left and a sentence
    saying so for screen readers. Only the attempt's own learner may read it (403 for anyone else); an
    attempt id that does not exist answers 400.

    Who may call: the signed-in user, about themself. Anyone else gets 403. Only the learner the attempt
    belongs to; staff are refused (403) as well. An attempt id that does not exist answers 400 before
    the check.

    Args:
        attempt_id (int):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        EdxProctoringAttemptDetail
    """

    return sync_detailed(
        attempt_id=attempt_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    attempt_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[EdxProctoringAttemptDetail]:
    """Get the status of an exam attempt by id

    Returns the exam attempt in the path: the whole attempt with the seconds it has left and a sentence
    saying so for screen readers. Only the attempt's own learner may read it (403 for anyone else); an
    attempt id that does not exist answers 400.

    Who may call: the signed-in user, about themself. Anyone else gets 403. Only the learner the attempt
    belongs to; staff are refused (403) as well. An attempt id that does not exist answers 400 before
    the check.

    Args:
        attempt_id (int):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[EdxProctoringAttemptDetail]: the status, headers, raw body and parsed body.
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
) -> EdxProctoringAttemptDetail:
    """Get the status of an exam attempt by id

    Returns the exam attempt in the path: the whole attempt with the seconds it has left and a sentence
    saying so for screen readers. Only the attempt's own learner may read it (403 for anyone else); an
    attempt id that does not exist answers 400.

    Who may call: the signed-in user, about themself. Anyone else gets 403. Only the learner the attempt
    belongs to; staff are refused (403) as well. An attempt id that does not exist answers 400 before
    the check.

    Args:
        attempt_id (int):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        EdxProctoringAttemptDetail
    """

    return (
        await asyncio_detailed(
            attempt_id=attempt_id,
            client=client,
        )
    ).parsed
