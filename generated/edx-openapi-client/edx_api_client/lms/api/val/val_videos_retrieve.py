from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.val_video import ValVideo
from ...types import Response


def _get_kwargs(
    edx_video_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/val/v0/videos/{edx_video_id}".format(
            edx_video_id=quote(str(edx_video_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ValVideo:
    if response.status_code == 200:
        response_200 = ValVideo.from_dict(response.json())

        return response_200

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
    edx_video_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ValVideo]:
    """Get a video

    Returns the video whose edX video id is `edx_video_id`; an unknown id answers 404. Only accounts
    allowed to change videos (video pipeline service accounts, superusers) may read it; other callers
    get 403.

    Who may call: the service worker of another edX service. Anyone else gets 403. A signed-in account
    holding Django's change permission on edx-val's video model (a superuser, or the service account of
    the video pipeline or Studio that was granted it); being global staff is not enough. Anyone else
    gets 403 (401 without sign-in).

    Args:
        edx_video_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[ValVideo]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        edx_video_id=edx_video_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    edx_video_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ValVideo:
    """Get a video

    Returns the video whose edX video id is `edx_video_id`; an unknown id answers 404. Only accounts
    allowed to change videos (video pipeline service accounts, superusers) may read it; other callers
    get 403.

    Who may call: the service worker of another edX service. Anyone else gets 403. A signed-in account
    holding Django's change permission on edx-val's video model (a superuser, or the service account of
    the video pipeline or Studio that was granted it); being global staff is not enough. Anyone else
    gets 403 (401 without sign-in).

    Args:
        edx_video_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        ValVideo
    """

    return sync_detailed(
        edx_video_id=edx_video_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    edx_video_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ValVideo]:
    """Get a video

    Returns the video whose edX video id is `edx_video_id`; an unknown id answers 404. Only accounts
    allowed to change videos (video pipeline service accounts, superusers) may read it; other callers
    get 403.

    Who may call: the service worker of another edX service. Anyone else gets 403. A signed-in account
    holding Django's change permission on edx-val's video model (a superuser, or the service account of
    the video pipeline or Studio that was granted it); being global staff is not enough. Anyone else
    gets 403 (401 without sign-in).

    Args:
        edx_video_id (str):

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[ValVideo]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        edx_video_id=edx_video_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    edx_video_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ValVideo:
    """Get a video

    Returns the video whose edX video id is `edx_video_id`; an unknown id answers 404. Only accounts
    allowed to change videos (video pipeline service accounts, superusers) may read it; other callers
    get 403.

    Who may call: the service worker of another edX service. Anyone else gets 403. A signed-in account
    holding Django's change permission on edx-val's video model (a superuser, or the service account of
    the video pipeline or Studio that was granted it); being global staff is not enough. Anyone else
    gets 403 (401 without sign-in).

    Args:
        edx_video_id (str):

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
            edx_video_id=edx_video_id,
            client=client,
        )
    ).parsed
