from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.edx_proctoring_attempt_ready_callback_create_response_200 import (
    EdxProctoringAttemptReadyCallbackCreateResponse200,
)
from ...types import Response


def _get_kwargs(
    external_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/edx_proctoring/v1/proctored_exam/attempt/{external_id}/ready".format(
            external_id=quote(str(external_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EdxProctoringAttemptReadyCallbackCreateResponse200:
    if response.status_code == 200:
        response_200 = EdxProctoringAttemptReadyCallbackCreateResponse200(
            response.json()
        )

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EdxProctoringAttemptReadyCallbackCreateResponse200]:
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
    external_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[EdxProctoringAttemptReadyCallbackCreateResponse200]:
    """Receive the ready callback of an exam attempt

    Called by a REST proctoring service to say the learner of the attempt with the given external id may
    begin: an attempt that is created or has downloaded the software becomes ready to start; any other
    attempt is left as it is. No body is read. Any signed-in caller is accepted. An unknown external id
    answers 404.

    Who may call: any signed-in user. Anyone else gets 403. Meant for the account of a REST proctoring
    service; the view checks only that the caller is signed in.

    Args:
        external_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[EdxProctoringAttemptReadyCallbackCreateResponse200]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        external_id=external_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    external_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> EdxProctoringAttemptReadyCallbackCreateResponse200:
    """Receive the ready callback of an exam attempt

    Called by a REST proctoring service to say the learner of the attempt with the given external id may
    begin: an attempt that is created or has downloaded the software becomes ready to start; any other
    attempt is left as it is. No body is read. Any signed-in caller is accepted. An unknown external id
    answers 404.

    Who may call: any signed-in user. Anyone else gets 403. Meant for the account of a REST proctoring
    service; the view checks only that the caller is signed in.

    Args:
        external_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        EdxProctoringAttemptReadyCallbackCreateResponse200
    """

    return sync_detailed(
        external_id=external_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    external_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[EdxProctoringAttemptReadyCallbackCreateResponse200]:
    """Receive the ready callback of an exam attempt

    Called by a REST proctoring service to say the learner of the attempt with the given external id may
    begin: an attempt that is created or has downloaded the software becomes ready to start; any other
    attempt is left as it is. No body is read. Any signed-in caller is accepted. An unknown external id
    answers 404.

    Who may call: any signed-in user. Anyone else gets 403. Meant for the account of a REST proctoring
    service; the view checks only that the caller is signed in.

    Args:
        external_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[EdxProctoringAttemptReadyCallbackCreateResponse200]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        external_id=external_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    external_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> EdxProctoringAttemptReadyCallbackCreateResponse200:
    """Receive the ready callback of an exam attempt

    Called by a REST proctoring service to say the learner of the attempt with the given external id may
    begin: an attempt that is created or has downloaded the software becomes ready to start; any other
    attempt is left as it is. No body is read. Any signed-in caller is accepted. An unknown external id
    answers 404.

    Who may call: any signed-in user. Anyone else gets 403. Meant for the account of a REST proctoring
    service; the view checks only that the caller is signed in.

    Args:
        external_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        EdxProctoringAttemptReadyCallbackCreateResponse200
    """

    return (
        await asyncio_detailed(
            external_id=external_id,
            client=client,
        )
    ).parsed
