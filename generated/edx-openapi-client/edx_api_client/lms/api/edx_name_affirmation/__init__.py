"""The edx_name_affirmation operations: one module per operation, and `EdxNameAffirmationOperations` /
`AsyncEdxNameAffirmationOperations`, which bind them to a client (`edx.<api>.edx_name_affirmation`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.name_affirmation_empty_response import NameAffirmationEmptyResponse
    from ...models.name_affirmation_latest_verified_name import (
        NameAffirmationLatestVerifiedName,
    )
    from ...models.name_affirmation_verified_name import NameAffirmationVerifiedName
    from ...models.name_affirmation_verified_name_config import (
        NameAffirmationVerifiedNameConfig,
    )
    from ...models.name_affirmation_verified_name_history import (
        NameAffirmationVerifiedNameHistory,
    )
    from ...models.name_affirmation_verified_name_record import (
        NameAffirmationVerifiedNameRecord,
    )
    from ...models.name_affirmation_verified_name_status_update import (
        NameAffirmationVerifiedNameStatusUpdate,
    )
    from ...types import UNSET, Unset


def _edx_name_affirmation_verified_name_retrieve(
    self: EdxNameAffirmationOperations,
    *,
    username: str | Unset = UNSET,
) -> NameAffirmationLatestVerifiedName:
    """Retrieve the latest verified name: `GET /edx_name_affirmation/v1/verified_name`.

    See `edx_name_affirmation_verified_name_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import edx_name_affirmation_verified_name_retrieve

    return edx_name_affirmation_verified_name_retrieve.sync(
        username=username,
        client=self._client,
    )


def _edx_name_affirmation_verified_name_create(
    self: EdxNameAffirmationOperations,
    *,
    body: NameAffirmationVerifiedName,
) -> NameAffirmationEmptyResponse:
    """Create a verified name: `POST /edx_name_affirmation/v1/verified_name`.

    See `edx_name_affirmation_verified_name_create.sync` for the parameters and the errors it raises.
    """
    from . import edx_name_affirmation_verified_name_create

    return edx_name_affirmation_verified_name_create.sync(
        body=body,
        client=self._client,
    )


def _edx_name_affirmation_verified_name_partial_update(
    self: EdxNameAffirmationOperations,
    *,
    body: NameAffirmationVerifiedNameStatusUpdate,
) -> NameAffirmationVerifiedNameRecord:
    """Update a verified name's status: `PATCH /edx_name_affirmation/v1/verified_name`.

    See `edx_name_affirmation_verified_name_partial_update.sync` for the parameters and the errors it raises.
    """
    from . import edx_name_affirmation_verified_name_partial_update

    return edx_name_affirmation_verified_name_partial_update.sync(
        body=body,
        client=self._client,
    )


def _edx_name_affirmation_verified_name_config_create(
    self: EdxNameAffirmationOperations,
    *,
    body: NameAffirmationVerifiedNameConfig,
) -> NameAffirmationEmptyResponse:
    """Create a verified name configuration: `POST /edx_name_affirmation/v1/verified_name/config`.

    See `edx_name_affirmation_verified_name_config_create.sync` for the parameters and the errors it raises.
    """
    from . import edx_name_affirmation_verified_name_config_create

    return edx_name_affirmation_verified_name_config_create.sync(
        body=body,
        client=self._client,
    )


def _edx_name_affirmation_verified_name_history_list(
    self: EdxNameAffirmationOperations,
    *,
    username: str | Unset = UNSET,
) -> NameAffirmationVerifiedNameHistory:
    """List a user's verified name history: `GET /edx_name_affirmation/v1/verified_name/history`.

    See `edx_name_affirmation_verified_name_history_list.sync` for the parameters and the errors it raises.
    """
    from . import edx_name_affirmation_verified_name_history_list

    return edx_name_affirmation_verified_name_history_list.sync(
        username=username,
        client=self._client,
    )


def _edx_name_affirmation_verified_name_delete(
    self: EdxNameAffirmationOperations,
    verified_name_id: str,
) -> Any:
    """Delete a verified name: `DELETE /edx_name_affirmation/v1/verified_name/{verified_name_id}`.

    See `edx_name_affirmation_verified_name_delete.sync` for the parameters and the errors it raises.
    """
    from . import edx_name_affirmation_verified_name_delete

    return edx_name_affirmation_verified_name_delete.sync(
        verified_name_id=verified_name_id,
        client=self._client,
    )


async def _async_edx_name_affirmation_verified_name_retrieve(
    self: AsyncEdxNameAffirmationOperations,
    *,
    username: str | Unset = UNSET,
) -> NameAffirmationLatestVerifiedName:
    """Retrieve the latest verified name: `GET /edx_name_affirmation/v1/verified_name`.

    See `edx_name_affirmation_verified_name_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import edx_name_affirmation_verified_name_retrieve

    return await edx_name_affirmation_verified_name_retrieve.asyncio(
        username=username,
        client=self._client,
    )


async def _async_edx_name_affirmation_verified_name_create(
    self: AsyncEdxNameAffirmationOperations,
    *,
    body: NameAffirmationVerifiedName,
) -> NameAffirmationEmptyResponse:
    """Create a verified name: `POST /edx_name_affirmation/v1/verified_name`.

    See `edx_name_affirmation_verified_name_create.asyncio` for the parameters and the errors it raises.
    """
    from . import edx_name_affirmation_verified_name_create

    return await edx_name_affirmation_verified_name_create.asyncio(
        body=body,
        client=self._client,
    )


async def _async_edx_name_affirmation_verified_name_partial_update(
    self: AsyncEdxNameAffirmationOperations,
    *,
    body: NameAffirmationVerifiedNameStatusUpdate,
) -> NameAffirmationVerifiedNameRecord:
    """Update a verified name's status: `PATCH /edx_name_affirmation/v1/verified_name`.

    See `edx_name_affirmation_verified_name_partial_update.asyncio` for the parameters and the errors it raises.
    """
    from . import edx_name_affirmation_verified_name_partial_update

    return await edx_name_affirmation_verified_name_partial_update.asyncio(
        body=body,
        client=self._client,
    )


async def _async_edx_name_affirmation_verified_name_config_create(
    self: AsyncEdxNameAffirmationOperations,
    *,
    body: NameAffirmationVerifiedNameConfig,
) -> NameAffirmationEmptyResponse:
    """Create a verified name configuration: `POST /edx_name_affirmation/v1/verified_name/config`.

    See `edx_name_affirmation_verified_name_config_create.asyncio` for the parameters and the errors it raises.
    """
    from . import edx_name_affirmation_verified_name_config_create

    return await edx_name_affirmation_verified_name_config_create.asyncio(
        body=body,
        client=self._client,
    )


async def _async_edx_name_affirmation_verified_name_history_list(
    self: AsyncEdxNameAffirmationOperations,
    *,
    username: str | Unset = UNSET,
) -> NameAffirmationVerifiedNameHistory:
    """List a user's verified name history: `GET /edx_name_affirmation/v1/verified_name/history`.

    See `edx_name_affirmation_verified_name_history_list.asyncio` for the parameters and the errors it raises.
    """
    from . import edx_name_affirmation_verified_name_history_list

    return await edx_name_affirmation_verified_name_history_list.asyncio(
        username=username,
        client=self._client,
    )


async def _async_edx_name_affirmation_verified_name_delete(
    self: AsyncEdxNameAffirmationOperations,
    verified_name_id: str,
) -> Any:
    """Delete a verified name: `DELETE /edx_name_affirmation/v1/verified_name/{verified_name_id}`.

    See `edx_name_affirmation_verified_name_delete.asyncio` for the parameters and the errors it raises.
    """
    from . import edx_name_affirmation_verified_name_delete

    return await edx_name_affirmation_verified_name_delete.asyncio(
        verified_name_id=verified_name_id,
        client=self._client,
    )


class EdxNameAffirmationOperations:
    """The edx_name_affirmation operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    verified_name_retrieve = _edx_name_affirmation_verified_name_retrieve
    verified_name_create = _edx_name_affirmation_verified_name_create
    verified_name_partial_update = _edx_name_affirmation_verified_name_partial_update
    verified_name_config_create = _edx_name_affirmation_verified_name_config_create
    verified_name_history_list = _edx_name_affirmation_verified_name_history_list
    verified_name_delete = _edx_name_affirmation_verified_name_delete


class AsyncEdxNameAffirmationOperations:
    """The edx_name_affirmation operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    verified_name_retrieve = _async_edx_name_affirmation_verified_name_retrieve
    verified_name_create = _async_edx_name_affirmation_verified_name_create
    verified_name_partial_update = (
        _async_edx_name_affirmation_verified_name_partial_update
    )
    verified_name_config_create = (
        _async_edx_name_affirmation_verified_name_config_create
    )
    verified_name_history_list = _async_edx_name_affirmation_verified_name_history_list
    verified_name_delete = _async_edx_name_affirmation_verified_name_delete
