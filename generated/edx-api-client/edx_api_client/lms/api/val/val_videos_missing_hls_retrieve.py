from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.val_missing_hls_request import ValMissingHlsRequest
from ...models.val_missing_hls_response import ValMissingHlsResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ValMissingHlsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/val/v0/videos/missing-hls/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ValMissingHlsResponse | None:
    if response.status_code == 200:
        response_200 = ValMissingHlsResponse.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.api_error(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ValMissingHlsResponse]:
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
    body: ValMissingHlsRequest,
) -> Response[ErrorResponse | ValMissingHlsResponse]:
    """Find videos that lack an HLS profile

     Returns the ids of videos that have no encoded version in the HLS profile. The body takes one of two
    forms. With `batch_size` and `offset`, one batch of such videos is returned whatever their course,
    and the answer also carries `total`, the next `offset` and `batch_size`. With `courses`, a list of
    course ids, every such video of those courses is returned, and the answer carries only `videos`.

    Args:
        body (ValMissingHlsRequest): Which videos without an HLS profile to return: either one
            batch of all such videos (`batch_size` and `offset`) or all such videos of some courses
            (`courses`). The doc shows the two forms by example and calls no member required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ValMissingHlsResponse]
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
    body: ValMissingHlsRequest,
) -> ErrorResponse | ValMissingHlsResponse | None:
    """Find videos that lack an HLS profile

     Returns the ids of videos that have no encoded version in the HLS profile. The body takes one of two
    forms. With `batch_size` and `offset`, one batch of such videos is returned whatever their course,
    and the answer also carries `total`, the next `offset` and `batch_size`. With `courses`, a list of
    course ids, every such video of those courses is returned, and the answer carries only `videos`.

    Args:
        body (ValMissingHlsRequest): Which videos without an HLS profile to return: either one
            batch of all such videos (`batch_size` and `offset`) or all such videos of some courses
            (`courses`). The doc shows the two forms by example and calls no member required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ValMissingHlsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ValMissingHlsRequest,
) -> Response[ErrorResponse | ValMissingHlsResponse]:
    """Find videos that lack an HLS profile

     Returns the ids of videos that have no encoded version in the HLS profile. The body takes one of two
    forms. With `batch_size` and `offset`, one batch of such videos is returned whatever their course,
    and the answer also carries `total`, the next `offset` and `batch_size`. With `courses`, a list of
    course ids, every such video of those courses is returned, and the answer carries only `videos`.

    Args:
        body (ValMissingHlsRequest): Which videos without an HLS profile to return: either one
            batch of all such videos (`batch_size` and `offset`) or all such videos of some courses
            (`courses`). The doc shows the two forms by example and calls no member required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ValMissingHlsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ValMissingHlsRequest,
) -> ErrorResponse | ValMissingHlsResponse | None:
    """Find videos that lack an HLS profile

     Returns the ids of videos that have no encoded version in the HLS profile. The body takes one of two
    forms. With `batch_size` and `offset`, one batch of such videos is returned whatever their course,
    and the answer also carries `total`, the next `offset` and `batch_size`. With `courses`, a list of
    course ids, every such video of those courses is returned, and the answer carries only `videos`.

    Args:
        body (ValMissingHlsRequest): Which videos without an HLS profile to return: either one
            batch of all such videos (`batch_size` and `offset`) or all such videos of some courses
            (`courses`). The doc shows the two forms by example and calls no member required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ValMissingHlsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
