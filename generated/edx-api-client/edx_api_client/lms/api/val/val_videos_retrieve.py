from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
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
) -> ErrorResponse | ValVideo | None:
    if response.status_code == 200:
        response_200 = ValVideo.from_dict(response.json())

        return response_200

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
) -> Response[ErrorResponse | ValVideo]:
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
) -> Response[ErrorResponse | ValVideo]:
    """Get a video

     Returns the video whose edX video id is `edx_video_id`.

    Args:
        edx_video_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ValVideo]
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
) -> ErrorResponse | ValVideo | None:
    """Get a video

     Returns the video whose edX video id is `edx_video_id`.

    Args:
        edx_video_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ValVideo
    """

    return sync_detailed(
        edx_video_id=edx_video_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    edx_video_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | ValVideo]:
    """Get a video

     Returns the video whose edX video id is `edx_video_id`.

    Args:
        edx_video_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ValVideo]
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
) -> ErrorResponse | ValVideo | None:
    """Get a video

     Returns the video whose edX video id is `edx_video_id`.

    Args:
        edx_video_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ValVideo
    """

    return (
        await asyncio_detailed(
            edx_video_id=edx_video_id,
            client=client,
        )
    ).parsed
