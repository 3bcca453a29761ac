from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.completion_batch_request import CompletionBatchRequest
from ...models.completion_batch_response import CompletionBatchResponse
from ...models.error_response import ErrorResponse
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
) -> CompletionBatchResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CompletionBatchResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.api_error(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CompletionBatchResponse | ErrorResponse]:
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
) -> Response[CompletionBatchResponse | ErrorResponse]:
    """Record a batch of block completions

     Stores completion values for several blocks of one course for one user in a single request. The body
    names the `username` and the `course_key` and maps each block key to its completion value in
    `blocks` (the doc's example uses 0.0 and 1.0). Errors come back as 400 or 404 with a `detail`
    message explaining them.

    Args:
        body (CompletionBatchRequest): A batch of completions of one user in one course. The doc
            marks no field as required; the view refuses a batch that lacks any of the three keys
            (400).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompletionBatchResponse | ErrorResponse]
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
) -> CompletionBatchResponse | ErrorResponse | None:
    """Record a batch of block completions

     Stores completion values for several blocks of one course for one user in a single request. The body
    names the `username` and the `course_key` and maps each block key to its completion value in
    `blocks` (the doc's example uses 0.0 and 1.0). Errors come back as 400 or 404 with a `detail`
    message explaining them.

    Args:
        body (CompletionBatchRequest): A batch of completions of one user in one course. The doc
            marks no field as required; the view refuses a batch that lacks any of the three keys
            (400).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompletionBatchResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CompletionBatchRequest,
) -> Response[CompletionBatchResponse | ErrorResponse]:
    """Record a batch of block completions

     Stores completion values for several blocks of one course for one user in a single request. The body
    names the `username` and the `course_key` and maps each block key to its completion value in
    `blocks` (the doc's example uses 0.0 and 1.0). Errors come back as 400 or 404 with a `detail`
    message explaining them.

    Args:
        body (CompletionBatchRequest): A batch of completions of one user in one course. The doc
            marks no field as required; the view refuses a batch that lacks any of the three keys
            (400).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompletionBatchResponse | ErrorResponse]
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
) -> CompletionBatchResponse | ErrorResponse | None:
    """Record a batch of block completions

     Stores completion values for several blocks of one course for one user in a single request. The body
    names the `username` and the `course_key` and maps each block key to its completion value in
    `blocks` (the doc's example uses 0.0 and 1.0). Errors come back as 400 or 404 with a `detail`
    message explaining them.

    Args:
        body (CompletionBatchRequest): A batch of completions of one user in one course. The doc
            marks no field as required; the view refuses a batch that lacks any of the three keys
            (400).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompletionBatchResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
