from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.val_video_status_update_request import ValVideoStatusUpdateRequest
from ...models.val_videos_status_partial_update_response_200 import (
    ValVideosStatusPartialUpdateResponse200,
)
from ...types import Response


def _get_kwargs(
    *,
    body: ValVideoStatusUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/val/v0/videos/status/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ValVideosStatusPartialUpdateResponse200:
    if response.status_code == 200:
        response_200 = ValVideosStatusPartialUpdateResponse200.from_dict(
            response.json()
        )

        return response_200

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ValVideosStatusPartialUpdateResponse200]:
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
    body: ValVideoStatusUpdateRequest,
) -> Response[ValVideosStatusPartialUpdateResponse200]:
    """Update the status of a video

    Changes the status of a video: the body names the video's `edx_video_id`, the new `status` and an
    optional `error_description`; a missing member, a status that is not accepted or an unknown video is
    answered 400 with a `message`. No sign-in is required.

    Who may call: anyone, signed in or not. The view sets authentication classes but no permission
    class, and the LMS's DRF defaults add none, so no sign-in is required; it is meant for the video
    pipeline service.

    Args:
        body (ValVideoStatusUpdateRequest): The new status of a video.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[ValVideosStatusPartialUpdateResponse200]: the status, headers, raw body and parsed body.
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
    body: ValVideoStatusUpdateRequest,
) -> ValVideosStatusPartialUpdateResponse200:
    """Update the status of a video

    Changes the status of a video: the body names the video's `edx_video_id`, the new `status` and an
    optional `error_description`; a missing member, a status that is not accepted or an unknown video is
    answered 400 with a `message`. No sign-in is required.

    Who may call: anyone, signed in or not. The view sets authentication classes but no permission
    class, and the LMS's DRF defaults add none, so no sign-in is required; it is meant for the video
    pipeline service.

    Args:
        body (ValVideoStatusUpdateRequest): The new status of a video.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        ValVideosStatusPartialUpdateResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ValVideoStatusUpdateRequest,
) -> Response[ValVideosStatusPartialUpdateResponse200]:
    """Update the status of a video

    Changes the status of a video: the body names the video's `edx_video_id`, the new `status` and an
    optional `error_description`; a missing member, a status that is not accepted or an unknown video is
    answered 400 with a `message`. No sign-in is required.

    Who may call: anyone, signed in or not. The view sets authentication classes but no permission
    class, and the LMS's DRF defaults add none, so no sign-in is required; it is meant for the video
    pipeline service.

    Args:
        body (ValVideoStatusUpdateRequest): The new status of a video.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[ValVideosStatusPartialUpdateResponse200]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ValVideoStatusUpdateRequest,
) -> ValVideosStatusPartialUpdateResponse200:
    """Update the status of a video

    Changes the status of a video: the body names the video's `edx_video_id`, the new `status` and an
    optional `error_description`; a missing member, a status that is not accepted or an unknown video is
    answered 400 with a `message`. No sign-in is required.

    Who may call: anyone, signed in or not. The view sets authentication classes but no permission
    class, and the LMS's DRF defaults add none, so no sign-in is required; it is meant for the video
    pipeline service.

    Args:
        body (ValVideoStatusUpdateRequest): The new status of a video.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        ValVideosStatusPartialUpdateResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
