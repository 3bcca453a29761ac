"""The discounts operations: one module per operation, and `DiscountsOperations` /
`AsyncDiscountsOperations`, which bind them to a client (`edx.<api>.discounts`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...client import AuthenticatedClient, Client
    from ...models.discounts_course_user_discount import DiscountsCourseUserDiscount
    from ...models.error_response import ErrorResponse


def _discounts_course_retrieve(
    self: DiscountsOperations,
    course_key_string: str,
) -> DiscountsCourseUserDiscount:
    """Get the requesting user's discount for a course: `GET /discounts/course/{course_key_string}`.

    See `discounts_course_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import discounts_course_retrieve

    return discounts_course_retrieve.sync(
        course_key_string=course_key_string,
        client=self._client,
    )


def _discounts_user_course_retrieve(
    self: DiscountsOperations,
    user_id: str,
    course_key_string: str,
) -> DiscountsCourseUserDiscount:
    """Get a user's discount for a course: `GET /discounts/user/{user_id}/course/{course_key_string}`.

    See `discounts_user_course_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import discounts_user_course_retrieve

    return discounts_user_course_retrieve.sync(
        user_id=user_id,
        course_key_string=course_key_string,
        client=self._client,
    )


async def _async_discounts_course_retrieve(
    self: AsyncDiscountsOperations,
    course_key_string: str,
) -> DiscountsCourseUserDiscount:
    """Get the requesting user's discount for a course: `GET /discounts/course/{course_key_string}`.

    See `discounts_course_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import discounts_course_retrieve

    return await discounts_course_retrieve.asyncio(
        course_key_string=course_key_string,
        client=self._client,
    )


async def _async_discounts_user_course_retrieve(
    self: AsyncDiscountsOperations,
    user_id: str,
    course_key_string: str,
) -> DiscountsCourseUserDiscount:
    """Get a user's discount for a course: `GET /discounts/user/{user_id}/course/{course_key_string}`.

    See `discounts_user_course_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import discounts_user_course_retrieve

    return await discounts_user_course_retrieve.asyncio(
        user_id=user_id,
        course_key_string=course_key_string,
        client=self._client,
    )


class DiscountsOperations:
    """The discounts operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    course_retrieve = _discounts_course_retrieve
    user_course_retrieve = _discounts_user_course_retrieve


class AsyncDiscountsOperations:
    """The discounts operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    course_retrieve = _async_discounts_course_retrieve
    user_course_retrieve = _async_discounts_user_course_retrieve
