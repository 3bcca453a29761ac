from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
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
) -> ValMissingHlsResponse:
    if response.status_code == 200:
        response_200 = ValMissingHlsResponse.from_dict(response.json())

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ValMissingHlsResponse]:
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
) -> Response[ValMissingHlsResponse]:
    """Find videos that lack an HLS profile

    Returns the ids of videos that have no encoded version in the HLS profile. The body takes one of two
    forms. With `batch_size` and `offset`, one batch of such videos is returned whatever their course,
    and the answer also carries `total`, the next `offset` and `batch_size`. With `courses`, a list of
    course ids, every such video of those courses is returned, and the answer carries only `videos`. No
    sign-in is required.

    Who may call: anyone, signed in or not. The view sets authentication classes but no permission
    class, and the LMS's DRF defaults add none, so no sign-in is required; it is meant for the video
    pipeline service.

    Args:
        body (ValMissingHlsRequest): Which videos without an HLS profile to return: either one
            batch of all such videos (`batch_size` and `offset`) or all such videos of some courses
            (`courses`). No member is required. Only videos whose status is `file_complete` are
            considered; a non-empty `courses` takes precedence.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[ValMissingHlsResponse]: the status, headers, raw body and parsed body.
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
) -> ValMissingHlsResponse:
    """Find videos that lack an HLS profile

    Returns the ids of videos that have no encoded version in the HLS profile. The body takes one of two
    forms. With `batch_size` and `offset`, one batch of such videos is returned whatever their course,
    and the answer also carries `total`, the next `offset` and `batch_size`. With `courses`, a list of
    course ids, every such video of those courses is returned, and the answer carries only `videos`. No
    sign-in is required.

    Who may call: anyone, signed in or not. The view sets authentication classes but no permission
    class, and the LMS's DRF defaults add none, so no sign-in is required; it is meant for the video
    pipeline service.

    Args:
        body (ValMissingHlsRequest): Which videos without an HLS profile to return: either one
            batch of all such videos (`batch_size` and `offset`) or all such videos of some courses
            (`courses`). No member is required. Only videos whose status is `file_complete` are
            considered; a non-empty `courses` takes precedence.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        ValMissingHlsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ValMissingHlsRequest,
) -> Response[ValMissingHlsResponse]:
    """Find videos that lack an HLS profile

    Returns the ids of videos that have no encoded version in the HLS profile. The body takes one of two
    forms. With `batch_size` and `offset`, one batch of such videos is returned whatever their course,
    and the answer also carries `total`, the next `offset` and `batch_size`. With `courses`, a list of
    course ids, every such video of those courses is returned, and the answer carries only `videos`. No
    sign-in is required.

    Who may call: anyone, signed in or not. The view sets authentication classes but no permission
    class, and the LMS's DRF defaults add none, so no sign-in is required; it is meant for the video
    pipeline service.

    Args:
        body (ValMissingHlsRequest): Which videos without an HLS profile to return: either one
            batch of all such videos (`batch_size` and `offset`) or all such videos of some courses
            (`courses`). No member is required. Only videos whose status is `file_complete` are
            considered; a non-empty `courses` takes precedence.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[ValMissingHlsResponse]: the status, headers, raw body and parsed body.
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
) -> ValMissingHlsResponse:
    """Find videos that lack an HLS profile

    Returns the ids of videos that have no encoded version in the HLS profile. The body takes one of two
    forms. With `batch_size` and `offset`, one batch of such videos is returned whatever their course,
    and the answer also carries `total`, the next `offset` and `batch_size`. With `courses`, a list of
    course ids, every such video of those courses is returned, and the answer carries only `videos`. No
    sign-in is required.

    Who may call: anyone, signed in or not. The view sets authentication classes but no permission
    class, and the LMS's DRF defaults add none, so no sign-in is required; it is meant for the video
    pipeline service.

    Args:
        body (ValMissingHlsRequest): Which videos without an HLS profile to return: either one
            batch of all such videos (`batch_size` and `offset`) or all such videos of some courses
            (`courses`). No member is required. Only videos whose status is `file_complete` are
            considered; a non-empty `courses` takes precedence.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        ValMissingHlsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
