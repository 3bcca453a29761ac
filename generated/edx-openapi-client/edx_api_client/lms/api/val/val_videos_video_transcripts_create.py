from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.val_video_transcript_create_request import (
    ValVideoTranscriptCreateRequest,
)
from ...types import Response


def _get_kwargs(
    *,
    body: ValVideoTranscriptCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/val/v0/videos/video-transcripts/create/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    *,
    client: AuthenticatedClient | Client,
    body: ValVideoTranscriptCreateRequest,
) -> Response[Any]:
    """Create a video transcript

    Records a video transcript's metadata (the file itself is not sent here). The body's five members
    are all required; a missing one, an unsupported format or provider, or a transcript that already
    exists for the video and language is answered 400 with a `message`. No sign-in is required.

    Who may call: anyone, signed in or not. The view sets authentication classes but no permission
    class, and the LMS's DRF defaults add none, so no sign-in is required; it is meant for the video
    pipeline service. Only deleting a transcript (not served here) asks for global staff.

    Args:
        body (ValVideoTranscriptCreateRequest): The information of the transcript to create.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Any]: the status, headers, raw body and parsed body.
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
    body: ValVideoTranscriptCreateRequest,
) -> Any:
    """Create a video transcript

    Records a video transcript's metadata (the file itself is not sent here). The body's five members
    are all required; a missing one, an unsupported format or provider, or a transcript that already
    exists for the video and language is answered 400 with a `message`. No sign-in is required.

    Who may call: anyone, signed in or not. The view sets authentication classes but no permission
    class, and the LMS's DRF defaults add none, so no sign-in is required; it is meant for the video
    pipeline service. Only deleting a transcript (not served here) asks for global staff.

    Args:
        body (ValVideoTranscriptCreateRequest): The information of the transcript to create.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Any
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ValVideoTranscriptCreateRequest,
) -> Response[Any]:
    """Create a video transcript

    Records a video transcript's metadata (the file itself is not sent here). The body's five members
    are all required; a missing one, an unsupported format or provider, or a transcript that already
    exists for the video and language is answered 400 with a `message`. No sign-in is required.

    Who may call: anyone, signed in or not. The view sets authentication classes but no permission
    class, and the LMS's DRF defaults add none, so no sign-in is required; it is meant for the video
    pipeline service. Only deleting a transcript (not served here) asks for global staff.

    Args:
        body (ValVideoTranscriptCreateRequest): The information of the transcript to create.

    Raises:
        errors.EdxApiError: the answer is not a documented 2xx: NotFoundError (404),
            PermissionDeniedError (403), AuthenticationError (401), RateLimitError (429),
            ServerError (5xx), EdxApiError (any other status); InvalidResponseError when a 2xx body
            does not match its description; ConnectionFailedError when no answer came.

    Returns:
        Response[Any]: the status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ValVideoTranscriptCreateRequest,
) -> Any:
    """Create a video transcript

    Records a video transcript's metadata (the file itself is not sent here). The body's five members
    are all required; a missing one, an unsupported format or provider, or a transcript that already
    exists for the video and language is answered 400 with a `message`. No sign-in is required.

    Who may call: anyone, signed in or not. The view sets authentication classes but no permission
    class, and the LMS's DRF defaults add none, so no sign-in is required; it is meant for the video
    pipeline service. Only deleting a transcript (not served here) asks for global staff.

    Args:
        body (ValVideoTranscriptCreateRequest): The information of the transcript to create.

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
            client=client,
            body=body,
        )
    ).parsed
