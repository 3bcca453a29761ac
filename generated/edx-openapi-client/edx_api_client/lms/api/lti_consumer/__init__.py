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
    from ...types import UNSET, Unset


class LtiConsumerOperations:
    """The lti_consumer operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def lti_ags_list(
        self,
        lti_config_id: str,
    ) -> list[LtiConsumerLineItem]:
        """List the line items of an LTI configuration: `GET /lti_consumer/v1/lti/{lti_config_id}/lti-ags`.

        See `lti_consumer_lti_ags_list.sync` for the parameters and the errors it raises.
        """
        from . import lti_consumer_lti_ags_list

        return lti_consumer_lti_ags_list.sync(
            lti_config_id=lti_config_id,
            client=self._client,
        )

    def lti_ags_create(
        self,
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

    def lti_ags_retrieve(
        self,
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

    def lti_ags_update(
        self,
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

    def lti_ags_delete(
        self,
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

    def lti_ags_partial_update(
        self,
        lti_config_id: str,
        id: str,
        *,
        body: LtiConsumerLineItem,
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

    def lti_ags_results_list(
        self,
        lti_config_id: str,
        id: str,
        user_id: str,
        *,
        limit: int | Unset = UNSET,
    ) -> list[LtiConsumerLineItem]:
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

    def lti_ags_scores_create(
        self,
        lti_config_id: str,
        id: str,
        *,
        body: LtiConsumerLineItem,
    ) -> LtiConsumerLineItem:
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

    def memberships_list(
        self,
        lti_config_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Any:
        """List the course members of an LTI configuration: `GET /lti_consumer/v1/lti/{lti_config_id}/memberships`.

        See `lti_consumer_memberships_list.sync` for the parameters and the errors it raises.
        """
        from . import lti_consumer_memberships_list

        return lti_consumer_memberships_list.sync(
            lti_config_id=lti_config_id,
            page=page,
            page_size=page_size,
            client=self._client,
        )

    def memberships_retrieve(
        self,
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


class AsyncLtiConsumerOperations:
    """The lti_consumer operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def lti_ags_list(
        self,
        lti_config_id: str,
    ) -> list[LtiConsumerLineItem]:
        """List the line items of an LTI configuration: `GET /lti_consumer/v1/lti/{lti_config_id}/lti-ags`.

        See `lti_consumer_lti_ags_list.asyncio` for the parameters and the errors it raises.
        """
        from . import lti_consumer_lti_ags_list

        return await lti_consumer_lti_ags_list.asyncio(
            lti_config_id=lti_config_id,
            client=self._client,
        )

    async def lti_ags_create(
        self,
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

    async def lti_ags_retrieve(
        self,
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

    async def lti_ags_update(
        self,
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

    async def lti_ags_delete(
        self,
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

    async def lti_ags_partial_update(
        self,
        lti_config_id: str,
        id: str,
        *,
        body: LtiConsumerLineItem,
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

    async def lti_ags_results_list(
        self,
        lti_config_id: str,
        id: str,
        user_id: str,
        *,
        limit: int | Unset = UNSET,
    ) -> list[LtiConsumerLineItem]:
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

    async def lti_ags_scores_create(
        self,
        lti_config_id: str,
        id: str,
        *,
        body: LtiConsumerLineItem,
    ) -> LtiConsumerLineItem:
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

    async def memberships_list(
        self,
        lti_config_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Any:
        """List the course members of an LTI configuration: `GET /lti_consumer/v1/lti/{lti_config_id}/memberships`.

        See `lti_consumer_memberships_list.asyncio` for the parameters and the errors it raises.
        """
        from . import lti_consumer_memberships_list

        return await lti_consumer_memberships_list.asyncio(
            lti_config_id=lti_config_id,
            page=page,
            page_size=page_size,
            client=self._client,
        )

    async def memberships_retrieve(
        self,
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
