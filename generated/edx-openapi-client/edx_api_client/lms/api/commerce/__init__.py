"""The commerce operations: one module per operation, and `CommerceOperations` /
`AsyncCommerceOperations`, which bind them to a client (`edx.<api>.commerce`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...client import AuthenticatedClient, Client
    from ...models.commerce_basket_request import CommerceBasketRequest
    from ...models.commerce_basket_result import CommerceBasketResult
    from ...models.commerce_course import CommerceCourse
    from ...models.commerce_detail import CommerceDetail
    from ...models.commerce_order import CommerceOrder
    from ...models.error_response import ErrorResponse


def _commerce_baskets_create(
    self: CommerceOperations,
    *,
    body: CommerceBasketRequest | Unset = UNSET,
) -> CommerceBasketResult:
    """Try to enroll the user through a basket: `POST /commerce/v0/baskets/`.

    See `commerce_baskets_create.sync` for the parameters and the errors it raises.
    """
    from . import commerce_baskets_create

    return commerce_baskets_create.sync(
        body=body,
        client=self._client,
    )


def _commerce_basket_order_retrieve(
    self: CommerceOperations,
    basket_id: str,
) -> CommerceOrder:
    """Get the order of a basket: `GET /commerce/v0/baskets/{basket_id}/order/`.

    See `commerce_basket_order_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import commerce_basket_order_retrieve

    return commerce_basket_order_retrieve.sync(
        basket_id=basket_id,
        client=self._client,
    )


def _commerce_courses_list(
    self: CommerceOperations,
) -> list[CommerceCourse]:
    """List courses and their modes: `GET /commerce/v1/courses/`.

    See `commerce_courses_list.sync` for the parameters and the errors it raises.
    """
    from . import commerce_courses_list

    return commerce_courses_list.sync(
        client=self._client,
    )


def _commerce_courses_retrieve(
    self: CommerceOperations,
    course_id: str,
) -> CommerceCourse:
    """Get a course and its modes: `GET /commerce/v1/courses/{course_id}/`.

    See `commerce_courses_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import commerce_courses_retrieve

    return commerce_courses_retrieve.sync(
        course_id=course_id,
        client=self._client,
    )


def _commerce_courses_update(
    self: CommerceOperations,
    course_id: str,
    *,
    body: CommerceCourse,
) -> CommerceCourse:
    """Replace a course and its modes: `PUT /commerce/v1/courses/{course_id}/`.

    See `commerce_courses_update.sync` for the parameters and the errors it raises.
    """
    from . import commerce_courses_update

    return commerce_courses_update.sync(
        course_id=course_id,
        body=body,
        client=self._client,
    )


def _commerce_courses_partial_update(
    self: CommerceOperations,
    course_id: str,
    *,
    body: CommerceCourse,
) -> CommerceCourse:
    """Update part of a course and its modes: `PATCH /commerce/v1/courses/{course_id}/`.

    See `commerce_courses_partial_update.sync` for the parameters and the errors it raises.
    """
    from . import commerce_courses_partial_update

    return commerce_courses_partial_update.sync(
        course_id=course_id,
        body=body,
        client=self._client,
    )


def _commerce_orders_retrieve(
    self: CommerceOperations,
    number: str,
) -> CommerceOrder:
    """Get an order: `GET /commerce/v1/orders/{number}/`.

    See `commerce_orders_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import commerce_orders_retrieve

    return commerce_orders_retrieve.sync(
        number=number,
        client=self._client,
    )


async def _async_commerce_baskets_create(
    self: AsyncCommerceOperations,
    *,
    body: CommerceBasketRequest | Unset = UNSET,
) -> CommerceBasketResult:
    """Try to enroll the user through a basket: `POST /commerce/v0/baskets/`.

    See `commerce_baskets_create.asyncio` for the parameters and the errors it raises.
    """
    from . import commerce_baskets_create

    return await commerce_baskets_create.asyncio(
        body=body,
        client=self._client,
    )


async def _async_commerce_basket_order_retrieve(
    self: AsyncCommerceOperations,
    basket_id: str,
) -> CommerceOrder:
    """Get the order of a basket: `GET /commerce/v0/baskets/{basket_id}/order/`.

    See `commerce_basket_order_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import commerce_basket_order_retrieve

    return await commerce_basket_order_retrieve.asyncio(
        basket_id=basket_id,
        client=self._client,
    )


async def _async_commerce_courses_list(
    self: AsyncCommerceOperations,
) -> list[CommerceCourse]:
    """List courses and their modes: `GET /commerce/v1/courses/`.

    See `commerce_courses_list.asyncio` for the parameters and the errors it raises.
    """
    from . import commerce_courses_list

    return await commerce_courses_list.asyncio(
        client=self._client,
    )


async def _async_commerce_courses_retrieve(
    self: AsyncCommerceOperations,
    course_id: str,
) -> CommerceCourse:
    """Get a course and its modes: `GET /commerce/v1/courses/{course_id}/`.

    See `commerce_courses_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import commerce_courses_retrieve

    return await commerce_courses_retrieve.asyncio(
        course_id=course_id,
        client=self._client,
    )


async def _async_commerce_courses_update(
    self: AsyncCommerceOperations,
    course_id: str,
    *,
    body: CommerceCourse,
) -> CommerceCourse:
    """Replace a course and its modes: `PUT /commerce/v1/courses/{course_id}/`.

    See `commerce_courses_update.asyncio` for the parameters and the errors it raises.
    """
    from . import commerce_courses_update

    return await commerce_courses_update.asyncio(
        course_id=course_id,
        body=body,
        client=self._client,
    )


async def _async_commerce_courses_partial_update(
    self: AsyncCommerceOperations,
    course_id: str,
    *,
    body: CommerceCourse,
) -> CommerceCourse:
    """Update part of a course and its modes: `PATCH /commerce/v1/courses/{course_id}/`.

    See `commerce_courses_partial_update.asyncio` for the parameters and the errors it raises.
    """
    from . import commerce_courses_partial_update

    return await commerce_courses_partial_update.asyncio(
        course_id=course_id,
        body=body,
        client=self._client,
    )


async def _async_commerce_orders_retrieve(
    self: AsyncCommerceOperations,
    number: str,
) -> CommerceOrder:
    """Get an order: `GET /commerce/v1/orders/{number}/`.

    See `commerce_orders_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import commerce_orders_retrieve

    return await commerce_orders_retrieve.asyncio(
        number=number,
        client=self._client,
    )


class CommerceOperations:
    """The commerce operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    baskets_create = _commerce_baskets_create
    basket_order_retrieve = _commerce_basket_order_retrieve
    courses_list = _commerce_courses_list
    courses_retrieve = _commerce_courses_retrieve
    courses_update = _commerce_courses_update
    courses_partial_update = _commerce_courses_partial_update
    orders_retrieve = _commerce_orders_retrieve


class AsyncCommerceOperations:
    """The commerce operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    baskets_create = _async_commerce_baskets_create
    basket_order_retrieve = _async_commerce_basket_order_retrieve
    courses_list = _async_commerce_courses_list
    courses_retrieve = _async_commerce_courses_retrieve
    courses_update = _async_commerce_courses_update
    courses_partial_update = _async_commerce_courses_partial_update
    orders_retrieve = _async_commerce_orders_retrieve
