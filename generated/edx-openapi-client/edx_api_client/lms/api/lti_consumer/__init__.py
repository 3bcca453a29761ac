"""The lti_consumer operations: one module per operation, and `LtiConsumerOperations` /
`AsyncLtiConsumerOperations`, which bind them to a client (`edx.<api>.lti_consumer`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.lti_consumer_line_item import LtiConsumerLineItem
    from ...models.lti_consumer_line_item_patch import LtiConsumerLineItemPatch
    from ...models.lti_consumer_membership_container import (
        LtiConsumerMembershipContainer,
    )
    from ...models.lti_consumer_membership_error import LtiConsumerMembershipError
    from ...models.lti_consumer_result import LtiConsumerResult
    from ...models.lti_consumer_score import LtiConsumerScore
    from ...types import UNSET, Unset


def _lti_consumer_lti_ags_list(
    self: LtiConsumerOperations,
    lti_config_id: str,
    *,
    resource_link_id: str | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    tag: str | Unset = UNSET,
) -> list[LtiConsumerLineItem]:
    """List the line items of an LTI configuration: `GET /lti_consumer/v1/lti/{lti_config_id}/lti-ags`.

    See `lti_consumer_lti_ags_list.sync` for the parameters and the errors it raises.
    """
    from . import lti_consumer_lti_ags_list

    return lti_consumer_lti_ags_list.sync(
        lti_config_id=lti_config_id,
        resource_link_id=resource_link_id,
        resource_id=resource_id,
        tag=tag,
        client=self._client,
    )


def _lti_consumer_lti_ags_create(
    self: LtiConsumerOperations,
    lti_config_id: str,
    *,
    body: LtiConsumerLineItem,
) -> LtiConsumerLineItem:
    """Create a line item: `POST /lti_consumer/v1/lti/{lti_config_id}/lti-ags`.

    See `lti_consumer_lti_ags_create.sync` for the parameters and the errors it raises.
    """
    from . import lti_consumer_lti_ags_create

    return lti_consumer_lti_ags_create.sync(
        lti_config_id=lti_config_id,
        body=body,
        client=self._client,
    )


def _lti_consumer_lti_ags_retrieve(
    self: LtiConsumerOperations,
    lti_config_id: str,
    id: str,
) -> LtiConsumerLineItem:
    """Get a line item: `GET /lti_consumer/v1/lti/{lti_config_id}/lti-ags/{id}`.

    See `lti_consumer_lti_ags_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import lti_consumer_lti_ags_retrieve

    return lti_consumer_lti_ags_retrieve.sync(
        lti_config_id=lti_config_id,
        id=id,
        client=self._client,
    )


def _lti_consumer_lti_ags_update(
    self: LtiConsumerOperations,
    lti_config_id: str,
    id: str,
    *,
    body: LtiConsumerLineItem,
) -> LtiConsumerLineItem:
    """Replace a line item: `PUT /lti_consumer/v1/lti/{lti_config_id}/lti-ags/{id}`.

    See `lti_consumer_lti_ags_update.sync` for the parameters and the errors it raises.
    """
    from . import lti_consumer_lti_ags_update

    return lti_consumer_lti_ags_update.sync(
        lti_config_id=lti_config_id,
        id=id,
        body=body,
        client=self._client,
    )


def _lti_consumer_lti_ags_delete(
    self: LtiConsumerOperations,
    lti_config_id: str,
    id: str,
) -> Any:
    """Delete a line item: `DELETE /lti_consumer/v1/lti/{lti_config_id}/lti-ags/{id}`.

    See `lti_consumer_lti_ags_delete.sync` for the parameters and the errors it raises.
    """
    from . import lti_consumer_lti_ags_delete

    return lti_consumer_lti_ags_delete.sync(
        lti_config_id=lti_config_id,
        id=id,
        client=self._client,
    )


def _lti_consumer_lti_ags_partial_update(
    self: LtiConsumerOperations,
    lti_config_id: str,
    id: str,
    *,
    body: LtiConsumerLineItemPatch,
) -> LtiConsumerLineItem:
    """Change a line item: `PATCH /lti_consumer/v1/lti/{lti_config_id}/lti-ags/{id}`.

    See `lti_consumer_lti_ags_partial_update.sync` for the parameters and the errors it raises.
    """
    from . import lti_consumer_lti_ags_partial_update

    return lti_consumer_lti_ags_partial_update.sync(
        lti_config_id=lti_config_id,
        id=id,
        body=body,
        client=self._client,
    )


def _lti_consumer_lti_ags_results_list(
    self: LtiConsumerOperations,
    lti_config_id: str,
    id: str,
    user_id: str,
    *,
    limit: int | Unset = UNSET,
) -> list[LtiConsumerResult]:
    """List a user's results for a line item: `GET /lti_consumer/v1/lti/{lti_config_id}/lti-ags/{id}/results/{user_id}`.

    See `lti_consumer_lti_ags_results_list.sync` for the parameters and the errors it raises.
    """
    from . import lti_consumer_lti_ags_results_list

    return lti_consumer_lti_ags_results_list.sync(
        lti_config_id=lti_config_id,
        id=id,
        user_id=user_id,
        limit=limit,
        client=self._client,
    )


def _lti_consumer_lti_ags_scores_create(
    self: LtiConsumerOperations,
    lti_config_id: str,
    id: str,
    *,
    body: LtiConsumerScore,
) -> LtiConsumerScore:
    """Post a score for a line item: `POST /lti_consumer/v1/lti/{lti_config_id}/lti-ags/{id}/scores`.

    See `lti_consumer_lti_ags_scores_create.sync` for the parameters and the errors it raises.
    """
    from . import lti_consumer_lti_ags_scores_create

    return lti_consumer_lti_ags_scores_create.sync(
        lti_config_id=lti_config_id,
        id=id,
        body=body,
        client=self._client,
    )


def _lti_consumer_memberships_list(
    self: LtiConsumerOperations,
    lti_config_id: str,
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> LtiConsumerMembershipContainer:
    """List the course members of an LTI configuration: `GET /lti_consumer/v1/lti/{lti_config_id}/memberships`.

    See `lti_consumer_memberships_list.sync` for the parameters and the errors it raises.
    """
    from . import lti_consumer_memberships_list

    return lti_consumer_memberships_list.sync(
        lti_config_id=lti_config_id,
        page=page,
        limit=limit,
        client=self._client,
    )


def _lti_consumer_memberships_retrieve(
    self: LtiConsumerOperations,
    lti_config_id: str,
    id: str,
) -> Any:
    """Get one membership entry: `GET /lti_consumer/v1/lti/{lti_config_id}/memberships/{id}`.

    See `lti_consumer_memberships_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import lti_consumer_memberships_retrieve

    return lti_consumer_memberships_retrieve.sync(
        lti_config_id=lti_config_id,
        id=id,
        client=self._client,
    )


async def _async_lti_consumer_lti_ags_list(
    self: AsyncLtiConsumerOperations,
    lti_config_id: str,
    *,
    resource_link_id: str | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    tag: str | Unset = UNSET,
) -> list[LtiConsumerLineItem]:
    """List the line items of an LTI configuration: `GET /lti_consumer/v1/lti/{lti_config_id}/lti-ags`.

    See `lti_consumer_lti_ags_list.asyncio` for the parameters and the errors it raises.
    """
    from . import lti_consumer_lti_ags_list

    return await lti_consumer_lti_ags_list.asyncio(
        lti_config_id=lti_config_id,
        resource_link_id=resource_link_id,
        resource_id=resource_id,
        tag=tag,
        client=self._client,
    )


async def _async_lti_consumer_lti_ags_create(
    self: AsyncLtiConsumerOperations,
    lti_config_id: str,
    *,
    body: LtiConsumerLineItem,
) -> LtiConsumerLineItem:
    """Create a line item: `POST /lti_consumer/v1/lti/{lti_config_id}/lti-ags`.

    See `lti_consumer_lti_ags_create.asyncio` for the parameters and the errors it raises.
    """
    from . import lti_consumer_lti_ags_create

    return await lti_consumer_lti_ags_create.asyncio(
        lti_config_id=lti_config_id,
        body=body,
        client=self._client,
    )


async def _async_lti_consumer_lti_ags_retrieve(
    self: AsyncLtiConsumerOperations,
    lti_config_id: str,
    id: str,
) -> LtiConsumerLineItem:
    """Get a line item: `GET /lti_consumer/v1/lti/{lti_config_id}/lti-ags/{id}`.

    See `lti_consumer_lti_ags_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import lti_consumer_lti_ags_retrieve

    return await lti_consumer_lti_ags_retrieve.asyncio(
        lti_config_id=lti_config_id,
        id=id,
        client=self._client,
    )


async def _async_lti_consumer_lti_ags_update(
    self: AsyncLtiConsumerOperations,
    lti_config_id: str,
    id: str,
    *,
    body: LtiConsumerLineItem,
) -> LtiConsumerLineItem:
    """Replace a line item: `PUT /lti_consumer/v1/lti/{lti_config_id}/lti-ags/{id}`.

    See `lti_consumer_lti_ags_update.asyncio` for the parameters and the errors it raises.
    """
    from . import lti_consumer_lti_ags_update

    return await lti_consumer_lti_ags_update.asyncio(
        lti_config_id=lti_config_id,
        id=id,
        body=body,
        client=self._client,
    )


async def _async_lti_consumer_lti_ags_delete(
    self: AsyncLtiConsumerOperations,
    lti_config_id: str,
    id: str,
) -> Any:
    """Delete a line item: `DELETE /lti_consumer/v1/lti/{lti_config_id}/lti-ags/{id}`.

    See `lti_consumer_lti_ags_delete.asyncio` for the parameters and the errors it raises.
    """
    from . import lti_consumer_lti_ags_delete

    return await lti_consumer_lti_ags_delete.asyncio(
        lti_config_id=lti_config_id,
        id=id,
        client=self._client,
    )


async def _async_lti_consumer_lti_ags_partial_update(
    self: AsyncLtiConsumerOperations,
    lti_config_id: str,
    id: str,
    *,
    body: LtiConsumerLineItemPatch,
) -> LtiConsumerLineItem:
    """Change a line item: `PATCH /lti_consumer/v1/lti/{lti_config_id}/lti-ags/{id}`.

    See `lti_consumer_lti_ags_partial_update.asyncio` for the parameters and the errors it raises.
    """
    from . import lti_consumer_lti_ags_partial_update

    return await lti_consumer_lti_ags_partial_update.asyncio(
        lti_config_id=lti_config_id,
        id=id,
        body=body,
        client=self._client,
    )


async def _async_lti_consumer_lti_ags_results_list(
    self: AsyncLtiConsumerOperations,
    lti_config_id: str,
    id: str,
    user_id: str,
    *,
    limit: int | Unset = UNSET,
) -> list[LtiConsumerResult]:
    """List a user's results for a line item: `GET /lti_consumer/v1/lti/{lti_config_id}/lti-ags/{id}/results/{user_id}`.

    See `lti_consumer_lti_ags_results_list.asyncio` for the parameters and the errors it raises.
    """
    from . import lti_consumer_lti_ags_results_list

    return await lti_consumer_lti_ags_results_list.asyncio(
        lti_config_id=lti_config_id,
        id=id,
        user_id=user_id,
        limit=limit,
        client=self._client,
    )


async def _async_lti_consumer_lti_ags_scores_create(
    self: AsyncLtiConsumerOperations,
    lti_config_id: str,
    id: str,
    *,
    body: LtiConsumerScore,
) -> LtiConsumerScore:
    """Post a score for a line item: `POST /lti_consumer/v1/lti/{lti_config_id}/lti-ags/{id}/scores`.

    See `lti_consumer_lti_ags_scores_create.asyncio` for the parameters and the errors it raises.
    """
    from . import lti_consumer_lti_ags_scores_create

    return await lti_consumer_lti_ags_scores_create.asyncio(
        lti_config_id=lti_config_id,
        id=id,
        body=body,
        client=self._client,
    )


async def _async_lti_consumer_memberships_list(
    self: AsyncLtiConsumerOperations,
    lti_config_id: str,
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> LtiConsumerMembershipContainer:
    """List the course members of an LTI configuration: `GET /lti_consumer/v1/lti/{lti_config_id}/memberships`.

    See `lti_consumer_memberships_list.asyncio` for the parameters and the errors it raises.
    """
    from . import lti_consumer_memberships_list

    return await lti_consumer_memberships_list.asyncio(
        lti_config_id=lti_config_id,
        page=page,
        limit=limit,
        client=self._client,
    )


async def _async_lti_consumer_memberships_retrieve(
    self: AsyncLtiConsumerOperations,
    lti_config_id: str,
    id: str,
) -> Any:
    """Get one membership entry: `GET /lti_consumer/v1/lti/{lti_config_id}/memberships/{id}`.

    See `lti_consumer_memberships_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import lti_consumer_memberships_retrieve

    return await lti_consumer_memberships_retrieve.asyncio(
        lti_config_id=lti_config_id,
        id=id,
        client=self._client,
    )


class LtiConsumerOperations:
    """The lti_consumer operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    lti_ags_list = _lti_consumer_lti_ags_list
    lti_ags_create = _lti_consumer_lti_ags_create
    lti_ags_retrieve = _lti_consumer_lti_ags_retrieve
    lti_ags_update = _lti_consumer_lti_ags_update
    lti_ags_delete = _lti_consumer_lti_ags_delete
    lti_ags_partial_update = _lti_consumer_lti_ags_partial_update
    lti_ags_results_list = _lti_consumer_lti_ags_results_list
    lti_ags_scores_create = _lti_consumer_lti_ags_scores_create
    memberships_list = _lti_consumer_memberships_list
    memberships_retrieve = _lti_consumer_memberships_retrieve


class AsyncLtiConsumerOperations:
    """The lti_consumer operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    lti_ags_list = _async_lti_consumer_lti_ags_list
    lti_ags_create = _async_lti_consumer_lti_ags_create
    lti_ags_retrieve = _async_lti_consumer_lti_ags_retrieve
    lti_ags_update = _async_lti_consumer_lti_ags_update
    lti_ags_delete = _async_lti_consumer_lti_ags_delete
    lti_ags_partial_update = _async_lti_consumer_lti_ags_partial_update
    lti_ags_results_list = _async_lti_consumer_lti_ags_results_list
    lti_ags_scores_create = _async_lti_consumer_lti_ags_scores_create
    memberships_list = _async_lti_consumer_memberships_list
    memberships_retrieve = _async_lti_consumer_memberships_retrieve
