from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.completion_batch_request import CompletionBatchRequest
from ...models.completion_batch_response import CompletionBatchResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CompletionBatchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/completion/v1/completion-batch",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CompletionBatchResponse:
    if response.status_code == 200:
        response_200 = CompletionBatchResponse.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CompletionBatchResponse]:
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
    body: CompletionBatchRequest,
) -> Response[CompletionBatchResponse]:
    """Record a batch of block completions

    Stores completion values for several blocks of one course for one user in a single request. The body
    names the `username` and the `course_key` and maps each block key to its completion value in
    `blocks` (0.0 not started, 1.0 complete); success answers 200 with `detail` "ok". A learner may
    record only their own completions (the body's `username` must be the caller's); global staff may
    record anyone's; others get 403. Errors come back as 400 or 404 with a `detail` explaining them: 400
    for a missing key, a key that does not parse, a block outside the course, a user not enrolled in the
    course, or completion tracking switched off; 404 for an unknown username.

    Who may call: the user named by `username`, or global staff. Anyone else gets 403. The user named by
    `username` must also be enrolled in the course, and the completion tracking waffle switch must be
    on; otherwise the view answers 400.

    Args:
        body (CompletionBatchRequest): A batch of completions of one user in one course. All three
            members are required: a batch that lacks any of them is answered 400.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CompletionBatchResponse]: the status, headers, raw body and parsed body.
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
    body: CompletionBatchRequest,
) -> CompletionBatchResponse:
    """Record a batch of block completions

    Stores completion values for several blocks of one course for one user in a single request. The body
    names the `username` and the `course_key` and maps each block key to its completion value in
    `blocks` (0.0 not started, 1.0 complete); success answers 200 with `detail` "ok". A learner may
    record only their own completions (the body's `username` must be the caller's); global staff may
    record anyone's; others get 403. Errors come back as 400 or 404 with a `detail` explaining them: 400
    for a missing key, a key that does not parse, a block outside the course, a user not enrolled in the
    course, or completion tracking switched off; 404 for an unknown username.

    Who may call: the user named by `username`, or global staff. Anyone else gets 403. The user named by
    `username` must also be enrolled in the course, and the completion tracking waffle switch must be
    on; otherwise the view answers 400.

    Args:
        body (CompletionBatchRequest): A batch of completions of one user in one course. All three
            members are required: a batch that lacks any of them is answered 400.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CompletionBatchResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CompletionBatchRequest,
) -> Response[CompletionBatchResponse]:
    """Record a batch of block completions

    Stores completion values for several blocks of one course for one user in a single request. The body
    names the `username` and the `course_key` and maps each block key to its completion value in
    `blocks` (0.0 not started, 1.0 complete); success answers 200 with `detail` "ok". A learner may
    record only their own completions (the body's `username` must be the caller's); global staff may
    record anyone's; others get 403. Errors come back as 400 or 404 with a `detail` explaining them: 400
    for a missing key, a key that does not parse, a block outside the course, a user not enrolled in the
    course, or completion tracking switched off; 404 for an unknown username.

    Who may call: the user named by `username`, or global staff. Anyone else gets 403. The user named by
    `username` must also be enrolled in the course, and the completion tracking waffle switch must be
    on; otherwise the view answers 400.

    Args:
        body (CompletionBatchRequest): A batch of completions of one user in one course. All three
            members are required: a batch that lacks any of them is answered 400.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[CompletionBatchResponse]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CompletionBatchRequest,
) -> CompletionBatchResponse:
    """Record a batch of block completions

    Stores completion values for several blocks of one course for one user in a single request. The body
    names the `username` and the `course_key` and maps each block key to its completion value in
    `blocks` (0.0 not started, 1.0 complete); success answers 200 with `detail` "ok". A learner may
    record only their own completions (the body's `username` must be the caller's); global staff may
    record anyone's; others get 403. Errors come back as 400 or 404 with a `detail` explaining them: 400
    for a missing key, a key that does not parse, a block outside the course, a user not enrolled in the
    course, or completion tracking switched off; 404 for an unknown username.

    Who may call: the user named by `username`, or global staff. Anyone else gets 403. The user named by
    `username` must also be enrolled in the course, and the completion tracking waffle switch must be
    on; otherwise the view answers 400.

    Args:
        body (CompletionBatchRequest): A batch of completions of one user in one course. All three
            members are required: a batch that lacks any of them is answered 400.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        CompletionBatchResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
