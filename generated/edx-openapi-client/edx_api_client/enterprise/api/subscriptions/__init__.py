"""The subscriptions operations: one module per operation, and `SubscriptionsOperations` /
`AsyncSubscriptionsOperations`, which bind them to a client (`edx.<api>.subscriptions`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast
    from uuid import UUID

    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.paginated_subscription_plan_list import PaginatedSubscriptionPlanList
    from ...types import UNSET, Unset


def _subscriptions_list(
    self: SubscriptionsOperations,
    *,
    enterprise_customer_uuid: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    current: bool | Unset = UNSET,
) -> PaginatedSubscriptionPlanList:
    """List subscription plans: `GET /enterprise/v1/subscriptions`.

    See `subscriptions_list.sync` for the parameters and the errors it raises.
    """
    from . import subscriptions_list

    return subscriptions_list.sync(
        enterprise_customer_uuid=enterprise_customer_uuid,
        page=page,
        current=current,
        client=self._client,
    )


async def _async_subscriptions_list(
    self: AsyncSubscriptionsOperations,
    *,
    enterprise_customer_uuid: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    current: bool | Unset = UNSET,
) -> PaginatedSubscriptionPlanList:
    """List subscription plans: `GET /enterprise/v1/subscriptions`.

    See `subscriptions_list.asyncio` for the parameters and the errors it raises.
    """
    from . import subscriptions_list

    return await subscriptions_list.asyncio(
        enterprise_customer_uuid=enterprise_customer_uuid,
        page=page,
        current=current,
        client=self._client,
    )


class SubscriptionsOperations:
    """The subscriptions operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    list = _subscriptions_list


class AsyncSubscriptionsOperations:
    """The subscriptions operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    list = _async_subscriptions_list
