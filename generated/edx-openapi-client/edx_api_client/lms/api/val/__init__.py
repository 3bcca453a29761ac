"""The val operations: one module per operation, and `ValOperations` /
`AsyncValOperations`, which bind them to a client (`edx.<api>.val`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.paginated_val_video_list import PaginatedValVideoList
    from ...models.val_missing_hls_request import ValMissingHlsRequest
    from ...models.val_missing_hls_response import ValMissingHlsResponse
    from ...models.val_video import ValVideo
    from ...models.val_video_images_update_request import ValVideoImagesUpdateRequest
    from ...models.val_video_patch import ValVideoPatch
    from ...models.val_video_profile_update_request import ValVideoProfileUpdateRequest
    from ...models.val_video_status_update_request import ValVideoStatusUpdateRequest
    from ...models.val_video_transcript_create_request import (
        ValVideoTranscriptCreateRequest,
    )
    from ...models.val_videos_status_partial_update_response_200 import (
        ValVideosStatusPartialUpdateResponse200,
    )
    from ...types import UNSET, Unset


def _val_videos_list(
    self: ValOperations,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    course: str | Unset = UNSET,
    youtube: str | Unset = UNSET,
) -> PaginatedValVideoList:
    """List videos: `GET /val/v0/videos/`.

    See `val_videos_list.sync` for the parameters and the errors it raises.
    """
    from . import val_videos_list

    return val_videos_list.sync(
        page=page,
        page_size=page_size,
        course=course,
        youtube=youtube,
        client=self._client,
    )


def _val_videos_create(
    self: ValOperations,
    *,
    body: ValVideo,
) -> ValVideo:
    """Create a video: `POST /val/v0/videos/`.

    See `val_videos_create.sync` for the parameters and the errors it raises.
    """
    from . import val_videos_create

    return val_videos_create.sync(
        body=body,
        client=self._client,
    )


def _val_videos_missing_hls_update(
    self: ValOperations,
    *,
    body: ValVideoProfileUpdateRequest,
) -> Any:
    """Update one profile of a video: `PUT /val/v0/videos/missing-hls/`.

    See `val_videos_missing_hls_update.sync` for the parameters and the errors it raises.
    """
    from . import val_videos_missing_hls_update

    return val_videos_missing_hls_update.sync(
        body=body,
        client=self._client,
    )


def _val_videos_missing_hls_retrieve(
    self: ValOperations,
    *,
    body: ValMissingHlsRequest,
) -> ValMissingHlsResponse:
    """Find videos that lack an HLS profile: `POST /val/v0/videos/missing-hls/`.

    See `val_videos_missing_hls_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import val_videos_missing_hls_retrieve

    return val_videos_missing_hls_retrieve.sync(
        body=body,
        client=self._client,
    )


def _val_videos_status_partial_update(
    self: ValOperations,
    *,
    body: ValVideoStatusUpdateRequest,
) -> ValVideosStatusPartialUpdateResponse200:
    """Update the status of a video: `PATCH /val/v0/videos/status/`.

    See `val_videos_status_partial_update.sync` for the parameters and the errors it raises.
    """
    from . import val_videos_status_partial_update

    return val_videos_status_partial_update.sync(
        body=body,
        client=self._client,
    )


def _val_videos_video_images_update(
    self: ValOperations,
    *,
    body: ValVideoImagesUpdateRequest,
) -> Any:
    """Update a course video image with generated names: `POST /val/v0/videos/video-images/update/`.

    See `val_videos_video_images_update.sync` for the parameters and the errors it raises.
    """
    from . import val_videos_video_images_update

    return val_videos_video_images_update.sync(
        body=body,
        client=self._client,
    )


def _val_videos_video_transcripts_create(
    self: ValOperations,
    *,
    body: ValVideoTranscriptCreateRequest,
) -> Any:
    """Create a video transcript: `POST /val/v0/videos/video-transcripts/create/`.

    See `val_videos_video_transcripts_create.sync` for the parameters and the errors it raises.
    """
    from . import val_videos_video_transcripts_create

    return val_videos_video_transcripts_create.sync(
        body=body,
        client=self._client,
    )


def _val_videos_retrieve(
    self: ValOperations,
    edx_video_id: str,
) -> ValVideo:
    """Get a video: `GET /val/v0/videos/{edx_video_id}`.

    See `val_videos_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import val_videos_retrieve

    return val_videos_retrieve.sync(
        edx_video_id=edx_video_id,
        client=self._client,
    )


def _val_videos_update(
    self: ValOperations,
    edx_video_id: str,
    *,
    body: ValVideo,
) -> ValVideo:
    """Replace a video: `PUT /val/v0/videos/{edx_video_id}`.

    See `val_videos_update.sync` for the parameters and the errors it raises.
    """
    from . import val_videos_update

    return val_videos_update.sync(
        edx_video_id=edx_video_id,
        body=body,
        client=self._client,
    )


def _val_videos_delete(
    self: ValOperations,
    edx_video_id: str,
) -> Any:
    """Delete a video: `DELETE /val/v0/videos/{edx_video_id}`.

    See `val_videos_delete.sync` for the parameters and the errors it raises.
    """
    from . import val_videos_delete

    return val_videos_delete.sync(
        edx_video_id=edx_video_id,
        client=self._client,
    )


def _val_videos_partial_update(
    self: ValOperations,
    edx_video_id: str,
    *,
    body: ValVideoPatch,
) -> ValVideo:
    """Update part of a video: `PATCH /val/v0/videos/{edx_video_id}`.

    See `val_videos_partial_update.sync` for the parameters and the errors it raises.
    """
    from . import val_videos_partial_update

    return val_videos_partial_update.sync(
        edx_video_id=edx_video_id,
        body=body,
        client=self._client,
    )


async def _async_val_videos_list(
    self: AsyncValOperations,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    course: str | Unset = UNSET,
    youtube: str | Unset = UNSET,
) -> PaginatedValVideoList:
    """List videos: `GET /val/v0/videos/`.

    See `val_videos_list.asyncio` for the parameters and the errors it raises.
    """
    from . import val_videos_list

    return await val_videos_list.asyncio(
        page=page,
        page_size=page_size,
        course=course,
        youtube=youtube,
        client=self._client,
    )


async def _async_val_videos_create(
    self: AsyncValOperations,
    *,
    body: ValVideo,
) -> ValVideo:
    """Create a video: `POST /val/v0/videos/`.

    See `val_videos_create.asyncio` for the parameters and the errors it raises.
    """
    from . import val_videos_create

    return await val_videos_create.asyncio(
        body=body,
        client=self._client,
    )


async def _async_val_videos_missing_hls_update(
    self: AsyncValOperations,
    *,
    body: ValVideoProfileUpdateRequest,
) -> Any:
    """Update one profile of a video: `PUT /val/v0/videos/missing-hls/`.

    See `val_videos_missing_hls_update.asyncio` for the parameters and the errors it raises.
    """
    from . import val_videos_missing_hls_update

    return await val_videos_missing_hls_update.asyncio(
        body=body,
        client=self._client,
    )


async def _async_val_videos_missing_hls_retrieve(
    self: AsyncValOperations,
    *,
    body: ValMissingHlsRequest,
) -> ValMissingHlsResponse:
    """Find videos that lack an HLS profile: `POST /val/v0/videos/missing-hls/`.

    See `val_videos_missing_hls_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import val_videos_missing_hls_retrieve

    return await val_videos_missing_hls_retrieve.asyncio(
        body=body,
        client=self._client,
    )


async def _async_val_videos_status_partial_update(
    self: AsyncValOperations,
    *,
    body: ValVideoStatusUpdateRequest,
) -> ValVideosStatusPartialUpdateResponse200:
    """Update the status of a video: `PATCH /val/v0/videos/status/`.

    See `val_videos_status_partial_update.asyncio` for the parameters and the errors it raises.
    """
    from . import val_videos_status_partial_update

    return await val_videos_status_partial_update.asyncio(
        body=body,
        client=self._client,
    )


async def _async_val_videos_video_images_update(
    self: AsyncValOperations,
    *,
    body: ValVideoImagesUpdateRequest,
) -> Any:
    """Update a course video image with generated names: `POST /val/v0/videos/video-images/update/`.

    See `val_videos_video_images_update.asyncio` for the parameters and the errors it raises.
    """
    from . import val_videos_video_images_update

    return await val_videos_video_images_update.asyncio(
        body=body,
        client=self._client,
    )


async def _async_val_videos_video_transcripts_create(
    self: AsyncValOperations,
    *,
    body: ValVideoTranscriptCreateRequest,
) -> Any:
    """Create a video transcript: `POST /val/v0/videos/video-transcripts/create/`.

    See `val_videos_video_transcripts_create.asyncio` for the parameters and the errors it raises.
    """
    from . import val_videos_video_transcripts_create

    return await val_videos_video_transcripts_create.asyncio(
        body=body,
        client=self._client,
    )


async def _async_val_videos_retrieve(
    self: AsyncValOperations,
    edx_video_id: str,
) -> ValVideo:
    """Get a video: `GET /val/v0/videos/{edx_video_id}`.

    See `val_videos_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import val_videos_retrieve

    return await val_videos_retrieve.asyncio(
        edx_video_id=edx_video_id,
        client=self._client,
    )


async def _async_val_videos_update(
    self: AsyncValOperations,
    edx_video_id: str,
    *,
    body: ValVideo,
) -> ValVideo:
    """Replace a video: `PUT /val/v0/videos/{edx_video_id}`.

    See `val_videos_update.asyncio` for the parameters and the errors it raises.
    """
    from . import val_videos_update

    return await val_videos_update.asyncio(
        edx_video_id=edx_video_id,
        body=body,
        client=self._client,
    )


async def _async_val_videos_delete(
    self: AsyncValOperations,
    edx_video_id: str,
) -> Any:
    """Delete a video: `DELETE /val/v0/videos/{edx_video_id}`.

    See `val_videos_delete.asyncio` for the parameters and the errors it raises.
    """
    from . import val_videos_delete

    return await val_videos_delete.asyncio(
        edx_video_id=edx_video_id,
        client=self._client,
    )


async def _async_val_videos_partial_update(
    self: AsyncValOperations,
    edx_video_id: str,
    *,
    body: ValVideoPatch,
) -> ValVideo:
    """Update part of a video: `PATCH /val/v0/videos/{edx_video_id}`.

    See `val_videos_partial_update.asyncio` for the parameters and the errors it raises.
    """
    from . import val_videos_partial_update

    return await val_videos_partial_update.asyncio(
        edx_video_id=edx_video_id,
        body=body,
        client=self._client,
    )


class ValOperations:
    """The val operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    videos_list = _val_videos_list
    videos_create = _val_videos_create
    videos_missing_hls_update = _val_videos_missing_hls_update
    videos_missing_hls_retrieve = _val_videos_missing_hls_retrieve
    videos_status_partial_update = _val_videos_status_partial_update
    videos_video_images_update = _val_videos_video_images_update
    videos_video_transcripts_create = _val_videos_video_transcripts_create
    videos_retrieve = _val_videos_retrieve
    videos_update = _val_videos_update
    videos_delete = _val_videos_delete
    videos_partial_update = _val_videos_partial_update


class AsyncValOperations:
    """The val operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    videos_list = _async_val_videos_list
    videos_create = _async_val_videos_create
    videos_missing_hls_update = _async_val_videos_missing_hls_update
    videos_missing_hls_retrieve = _async_val_videos_missing_hls_retrieve
    videos_status_partial_update = _async_val_videos_status_partial_update
    videos_video_images_update = _async_val_videos_video_images_update
    videos_video_transcripts_create = _async_val_videos_video_transcripts_create
    videos_retrieve = _async_val_videos_retrieve
    videos_update = _async_val_videos_update
    videos_delete = _async_val_videos_delete
    videos_partial_update = _async_val_videos_partial_update
