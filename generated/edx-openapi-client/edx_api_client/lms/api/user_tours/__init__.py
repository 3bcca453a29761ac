"""The user_tours operations: one module per operation, and `UserToursOperations` /
`AsyncUserToursOperations`, which bind them to a client (`edx.<api>.user_tours`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.user_tour import UserTour
    from ...models.user_tours_discussion_tour import UserToursDiscussionTour
    from ...models.user_tours_discussion_tour_update import (
        UserToursDiscussionTourUpdate,
    )
    from ...models.user_tours_discussion_tours_update_response_400_type_0 import (
        UserToursDiscussionToursUpdateResponse400Type0,
    )
    from ...models.user_tours_tour_update import UserToursTourUpdate


def _user_tours_discussion_tours_retrieve(
    self: UserToursOperations,
    tour_id: str,
) -> list[UserToursDiscussionTour]:
    """Get discussion tours: `GET /user_tours/discussion_tours/{tour_id}/`.

    See `user_tours_discussion_tours_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import user_tours_discussion_tours_retrieve

    return user_tours_discussion_tours_retrieve.sync(
        tour_id=tour_id,
        client=self._client,
    )


def _user_tours_discussion_tours_update(
    self: UserToursOperations,
    tour_id: str,
    *,
    body: UserToursDiscussionTourUpdate | Unset = UNSET,
) -> UserToursDiscussionTour:
    """Update a discussion tour: `PUT /user_tours/discussion_tours/{tour_id}/`.

    See `user_tours_discussion_tours_update.sync` for the parameters and the errors it raises.
    """
    from . import user_tours_discussion_tours_update

    return user_tours_discussion_tours_update.sync(
        tour_id=tour_id,
        body=body,
        client=self._client,
    )


def _user_tours_retrieve(
    self: UserToursOperations,
    username: str,
) -> UserTour:
    """Get a user's tour state: `GET /user_tours/v1/{username}`.

    See `user_tours_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import user_tours_retrieve

    return user_tours_retrieve.sync(
        username=username,
        client=self._client,
    )


def _user_tours_partial_update(
    self: UserToursOperations,
    username: str,
    *,
    body: UserToursTourUpdate,
) -> Any:
    """Update a user's tour state: `PATCH /user_tours/v1/{username}`.

    See `user_tours_partial_update.sync` for the parameters and the errors it raises.
    """
    from . import user_tours_partial_update

    return user_tours_partial_update.sync(
        username=username,
        body=body,
        client=self._client,
    )


async def _async_user_tours_discussion_tours_retrieve(
    self: AsyncUserToursOperations,
    tour_id: str,
) -> list[UserToursDiscussionTour]:
    """Get discussion tours: `GET /user_tours/discussion_tours/{tour_id}/`.

    See `user_tours_discussion_tours_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import user_tours_discussion_tours_retrieve

    return await user_tours_discussion_tours_retrieve.asyncio(
        tour_id=tour_id,
        client=self._client,
    )


async def _async_user_tours_discussion_tours_update(
    self: AsyncUserToursOperations,
    tour_id: str,
    *,
    body: UserToursDiscussionTourUpdate | Unset = UNSET,
) -> UserToursDiscussionTour:
    """Update a discussion tour: `PUT /user_tours/discussion_tours/{tour_id}/`.

    See `user_tours_discussion_tours_update.asyncio` for the parameters and the errors it raises.
    """
    from . import user_tours_discussion_tours_update

    return await user_tours_discussion_tours_update.asyncio(
        tour_id=tour_id,
        body=body,
        client=self._client,
    )


async def _async_user_tours_retrieve(
    self: AsyncUserToursOperations,
    username: str,
) -> UserTour:
    """Get a user's tour state: `GET /user_tours/v1/{username}`.

    See `user_tours_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import user_tours_retrieve

    return await user_tours_retrieve.asyncio(
        username=username,
        client=self._client,
    )


async def _async_user_tours_partial_update(
    self: AsyncUserToursOperations,
    username: str,
    *,
    body: UserToursTourUpdate,
) -> Any:
    """Update a user's tour state: `PATCH /user_tours/v1/{username}`.

    See `user_tours_partial_update.asyncio` for the parameters and the errors it raises.
    """
    from . import user_tours_partial_update

    return await user_tours_partial_update.asyncio(
        username=username,
        body=body,
        client=self._client,
    )


class UserToursOperations:
    """The user_tours operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    discussion_tours_retrieve = _user_tours_discussion_tours_retrieve
    discussion_tours_update = _user_tours_discussion_tours_update
    retrieve = _user_tours_retrieve
    partial_update = _user_tours_partial_update


class AsyncUserToursOperations:
    """The user_tours operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    discussion_tours_retrieve = _async_user_tours_discussion_tours_retrieve
    discussion_tours_update = _async_user_tours_discussion_tours_update
    retrieve = _async_user_tours_retrieve
    partial_update = _async_user_tours_partial_update
