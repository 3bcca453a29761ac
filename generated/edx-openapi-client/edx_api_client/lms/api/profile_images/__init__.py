"""The profile_images operations: one module per operation, and `ProfileImagesOperations` /
`AsyncProfileImagesOperations`, which bind them to a client (`edx.<api>.profile_images`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.profile_images_error import ProfileImagesError
    from ...models.profile_images_upload import ProfileImagesUpload


def _profile_images_remove(
    self: ProfileImagesOperations,
    username: str,
) -> Any:
    """Remove a user's profile image: `POST /profile_images/v1/{username}/remove`.

    See `profile_images_remove.sync` for the parameters and the errors it raises.
    """
    from . import profile_images_remove

    return profile_images_remove.sync(
        username=username,
        client=self._client,
    )


def _profile_images_upload(
    self: ProfileImagesOperations,
    username: str,
    *,
    body: ProfileImagesUpload,
) -> Any:
    """Upload a user's profile image: `POST /profile_images/v1/{username}/upload`.

    See `profile_images_upload.sync` for the parameters and the errors it raises.
    """
    from . import profile_images_upload

    return profile_images_upload.sync(
        username=username,
        body=body,
        client=self._client,
    )


async def _async_profile_images_remove(
    self: AsyncProfileImagesOperations,
    username: str,
) -> Any:
    """Remove a user's profile image: `POST /profile_images/v1/{username}/remove`.

    See `profile_images_remove.asyncio` for the parameters and the errors it raises.
    """
    from . import profile_images_remove

    return await profile_images_remove.asyncio(
        username=username,
        client=self._client,
    )


async def _async_profile_images_upload(
    self: AsyncProfileImagesOperations,
    username: str,
    *,
    body: ProfileImagesUpload,
) -> Any:
    """Upload a user's profile image: `POST /profile_images/v1/{username}/upload`.

    See `profile_images_upload.asyncio` for the parameters and the errors it raises.
    """
    from . import profile_images_upload

    return await profile_images_upload.asyncio(
        username=username,
        body=body,
        client=self._client,
    )


class ProfileImagesOperations:
    """The profile_images operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    remove = _profile_images_remove
    upload = _profile_images_upload


class AsyncProfileImagesOperations:
    """The profile_images operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    remove = _async_profile_images_remove
    upload = _async_profile_images_upload
