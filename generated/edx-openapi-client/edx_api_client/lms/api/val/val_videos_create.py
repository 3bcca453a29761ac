from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.val_video import ValVideo
from ...types import Response


def _get_kwargs(
    *,
    body: ValVideo,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/val/v0/videos/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ValVideo:
    if response.status_code == 201:
        response_201 = ValVideo.from_dict(response.json())

        return response_201

    raise errors.api_error(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ValVideo]:
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
    body: ValVideo,
) -> Response[ValVideo]:
    """Create a video

    Creates a video object. `edx_video_id`, `duration` and `status` must be sent, and each encoded
    version needs `profile`, `url`, `file_size` and `bitrate`; `url` of the video is read-only. Only
    accounts allowed to add videos (video pipeline service accounts, superusers) may call it; other
    callers get 403.

    Who may call: the service worker of another edX service. Anyone else gets 403. A signed-in account
    holding Django's add permission on edx-val's video model (a superuser, or the service account of the
    video pipeline or Studio that was granted it); being global staff is not enough. Anyone else gets
    403 (401 without sign-in).

    Args:
        body (ValVideo): A video of the Video Abstraction Layer, with its encoded versions.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[ValVideo]: the status, headers, raw body and parsed body.
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
    body: ValVideo,
) -> ValVideo:
    """Create a video

    Creates a video object. `edx_video_id`, `duration` and `status` must be sent, and each encoded
    version needs `profile`, `url`, `file_size` and `bitrate`; `url` of the video is read-only. Only
    accounts allowed to add videos (video pipeline service accounts, superusers) may call it; other
    callers get 403.

    Who may call: the service worker of another edX service. Anyone else gets 403. A signed-in account
    holding Django's add permission on edx-val's video model (a superuser, or the service account of the
    video pipeline or Studio that was granted it); being global staff is not enough. Anyone else gets
    403 (401 without sign-in).

    Args:
        body (ValVideo): A video of the Video Abstraction Layer, with its encoded versions.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        ValVideo
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ValVideo,
) -> Response[ValVideo]:
    """Create a video

    Creates a video object. `edx_video_id`, `duration` and `status` must be sent, and each encoded
    version needs `profile`, `url`, `file_size` and `bitrate`; `url` of the video is read-only. Only
    accounts allowed to add videos (video pipeline service accounts, superusers) may call it; other
    callers get 403.

    Who may call: the service worker of another edX service. Anyone else gets 403. A signed-in account
    holding Django's add permission on edx-val's video model (a superuser, or the service account of the
    video pipeline or Studio that was granted it); being global staff is not enough. Anyone else gets
    403 (401 without sign-in).

    Args:
        body (ValVideo): A video of the Video Abstraction Layer, with its encoded versions.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[ValVideo]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ValVideo,
) -> ValVideo:
    """Create a video

    Creates a video object. `edx_video_id`, `duration` and `status` must be sent, and each encoded
    version needs `profile`, `url`, `file_size` and `bitrate`; `url` of the video is read-only. Only
    accounts allowed to add videos (video pipeline service accounts, superusers) may call it; other
    callers get 403.

    Who may call: the service worker of another edX service. Anyone else gets 403. A signed-in account
    holding Django's add permission on edx-val's video model (a superuser, or the service account of the
    video pipeline or Studio that was granted it); being global staff is not enough. Anyone else gets
    403 (401 without sign-in).

    Args:
        body (ValVideo): A video of the Video Abstraction Layer, with its encoded versions.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        ValVideo
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
