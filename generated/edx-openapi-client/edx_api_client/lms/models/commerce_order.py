from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.commerce_order_basket_discounts_item import (
        CommerceOrderBasketDiscountsItem,
    )
    from ..models.commerce_order_billing_address import CommerceOrderBillingAddress
    from ..models.commerce_order_line import CommerceOrderLine
    from ..models.commerce_order_user import CommerceOrderUser
    from ..models.commerce_order_vouchers_type_0_item import (
        CommerceOrderVouchersType0Item,
    )


T = TypeVar("T", bound="CommerceOrder")


@_attrs_define
class CommerceOrder:
    """An order as the ecommerce service answers it (the LMS passes the service's JSON on unchanged): its number, status,
    dates, totals and discounts, the buyer, the billing address, the lines bought, the vouchers applied and receipt page
    helpers. Nested members beyond those named here are the ecommerce service's.

        Attributes:
            number (str): The order number.
            status (str): The order's status in the ecommerce service.
            currency (str): The currency of the order's amounts.
            date_placed (datetime.datetime): When the order was placed.
            total_excl_tax (str): The order's total, without tax, as a decimal string.
            total_before_discounts_incl_tax (None | str): The total before discounts, tax included, as a decimal string.
            discount (str): The amount of the order's first discount as a decimal string, `0` when it has none.
            basket_discounts (list[CommerceOrderBasketDiscountsItem]): The discounts applied to the basket; empty when none
                (or when they cannot be read).
            billing_address (CommerceOrderBillingAddress | None): The billing address; null when the order has none.
            user (CommerceOrderUser): The buyer.
            lines (list[CommerceOrderLine]): The lines of the order.
            vouchers (list[CommerceOrderVouchersType0Item] | None): The vouchers applied to the order's basket; null when
                they cannot be read.
            payment_processor (None | str): The name of the payment processor that took the payment; null when none did.
            payment_method (Any): How the order was paid, as the receipt page describes it; null when unknown.
            product_tracking (Any): Affiliate tracking data for the order's products, when the service is configured for it;
                null otherwise.
            dashboard_url (None | str): Where the buyer's dashboard is, for the receipt page.
            contains_credit_seat (bool | None): Whether the order bought a credit seat.
            enable_hoist_order_history (bool | None): Whether the order history flag is on for the request.
            enterprise_learner_portal_url (None | str): The buyer's enterprise learner portal, if the buyer is an enterprise
                learner.
            order_product_ids (None | str): The ids of the products bought, comma-separated.
    """

    number: str
    status: str
    currency: str
    date_placed: datetime.datetime
    total_excl_tax: str
    total_before_discounts_incl_tax: None | str
    discount: str
    basket_discounts: list[CommerceOrderBasketDiscountsItem]
    billing_address: CommerceOrderBillingAddress | None
    user: CommerceOrderUser
    lines: list[CommerceOrderLine]
    vouchers: list[CommerceOrderVouchersType0Item] | None
    payment_processor: None | str
    payment_method: Any
    product_tracking: Any
    dashboard_url: None | str
    contains_credit_seat: bool | None
    enable_hoist_order_history: bool | None
    enterprise_learner_portal_url: None | str
    order_product_ids: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.commerce_order_billing_address import CommerceOrderBillingAddress

        number = self.number

        status = self.status

        currency = self.currency

        date_placed = self.date_placed.isoformat()

        total_excl_tax = self.total_excl_tax

        total_before_discounts_incl_tax: None | str
        total_before_discounts_incl_tax = self.total_before_discounts_incl_tax

        discount = self.discount

        basket_discounts = []
        for basket_discounts_item_data in self.basket_discounts:
            basket_discounts_item = basket_discounts_item_data.to_dict()
            basket_discounts.append(basket_discounts_item)

        billing_address: dict[str, Any] | None
        if isinstance(self.billing_address, CommerceOrderBillingAddress):
            billing_address = self.billing_address.to_dict()
        else:
            billing_address = self.billing_address

        user = self.user.to_dict()

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        vouchers: list[dict[str, Any]] | None
        if isinstance(self.vouchers, list):
            vouchers = []
            for vouchers_type_0_item_data in self.vouchers:
                vouchers_type_0_item = vouchers_type_0_item_data.to_dict()
                vouchers.append(vouchers_type_0_item)

        else:
            vouchers = self.vouchers

        payment_processor: None | str
        payment_processor = self.payment_processor

        payment_method = self.payment_method

        product_tracking = self.product_tracking

        dashboard_url: None | str
        dashboard_url = self.dashboard_url

        contains_credit_seat: bool | None
        contains_credit_seat = self.contains_credit_seat

        enable_hoist_order_history: bool | None
        enable_hoist_order_history = self.enable_hoist_order_history

        enterprise_learner_portal_url: None | str
        enterprise_learner_portal_url = self.enterprise_learner_portal_url

        order_product_ids: None | str
        order_product_ids = self.order_product_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "status": status,
                "currency": currency,
                "date_placed": date_placed,
                "total_excl_tax": total_excl_tax,
                "total_before_discounts_incl_tax": total_before_discounts_incl_tax,
                "discount": discount,
                "basket_discounts": basket_discounts,
                "billing_address": billing_address,
                "user": user,
                "lines": lines,
                "vouchers": vouchers,
                "payment_processor": payment_processor,
                "payment_method": payment_method,
                "product_tracking": product_tracking,
                "dashboard_url": dashboard_url,
                "contains_credit_seat": contains_credit_seat,
                "enable_hoist_order_history": enable_hoist_order_history,
                "enterprise_learner_portal_url": enterprise_learner_portal_url,
                "order_product_ids": order_product_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.commerce_order_basket_discounts_item import (
            CommerceOrderBasketDiscountsItem,
        )
        from ..models.commerce_order_billing_address import CommerceOrderBillingAddress
        from ..models.commerce_order_line import CommerceOrderLine
        from ..models.commerce_order_user import CommerceOrderUser
        from ..models.commerce_order_vouchers_type_0_item import (
            CommerceOrderVouchersType0Item,
        )

        d = dict(src_dict)
        number = d.pop("number")

        status = d.pop("status")

        currency = d.pop("currency")

        date_placed = datetime.datetime.fromisoformat(d.pop("date_placed"))

        total_excl_tax = d.pop("total_excl_tax")

        def _parse_total_before_discounts_incl_tax(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        total_before_discounts_incl_tax = _parse_total_before_discounts_incl_tax(
            d.pop("total_before_discounts_incl_tax")
        )

        discount = d.pop("discount")

        basket_discounts = []
        _basket_discounts = d.pop("basket_discounts")
        for basket_discounts_item_data in _basket_discounts:
            basket_discounts_item = CommerceOrderBasketDiscountsItem.from_dict(
                basket_discounts_item_data
            )

            basket_discounts.append(basket_discounts_item)

        def _parse_billing_address(data: object) -> CommerceOrderBillingAddress | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                billing_address_type_0 = CommerceOrderBillingAddress.from_dict(data)

                return billing_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CommerceOrderBillingAddress | None, data)

        billing_address = _parse_billing_address(d.pop("billing_address"))

        user = CommerceOrderUser.from_dict(d.pop("user"))

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = CommerceOrderLine.from_dict(lines_item_data)

            lines.append(lines_item)

        def _parse_vouchers(
            data: object,
        ) -> list[CommerceOrderVouchersType0Item] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                vouchers_type_0 = []
                _vouchers_type_0 = data
                for vouchers_type_0_item_data in _vouchers_type_0:
                    vouchers_type_0_item = CommerceOrderVouchersType0Item.from_dict(
                        vouchers_type_0_item_data
                    )

                    vouchers_type_0.append(vouchers_type_0_item)

                return vouchers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CommerceOrderVouchersType0Item] | None, data)

        vouchers = _parse_vouchers(d.pop("vouchers"))

        def _parse_payment_processor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        payment_processor = _parse_payment_processor(d.pop("payment_processor"))

        payment_method = d.pop("payment_method")

        product_tracking = d.pop("product_tracking")

        def _parse_dashboard_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        dashboard_url = _parse_dashboard_url(d.pop("dashboard_url"))

        def _parse_contains_credit_seat(data: object) -> bool | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, bool)):
                    raise TypeError()
                contains_credit_seat_type_0 = data
                if not (isinstance(contains_credit_seat_type_0, bool)):
                    raise TypeError(
                        f"contains_credit_seat_type_0: expected a boolean, got {type(contains_credit_seat_type_0).__name__}"
                    )

                return contains_credit_seat_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | None, data)

        contains_credit_seat = _parse_contains_credit_seat(
            d.pop("contains_credit_seat")
        )

        def _parse_enable_hoist_order_history(data: object) -> bool | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, bool)):
                    raise TypeError()
                enable_hoist_order_history_type_0 = data
                if not (isinstance(enable_hoist_order_history_type_0, bool)):
                    raise TypeError(
                        f"enable_hoist_order_history_type_0: expected a boolean, got {type(enable_hoist_order_history_type_0).__name__}"
                    )

                return enable_hoist_order_history_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | None, data)

        enable_hoist_order_history = _parse_enable_hoist_order_history(
            d.pop("enable_hoist_order_history")
        )

        def _parse_enterprise_learner_portal_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        enterprise_learner_portal_url = _parse_enterprise_learner_portal_url(
            d.pop("enterprise_learner_portal_url")
        )

        def _parse_order_product_ids(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        order_product_ids = _parse_order_product_ids(d.pop("order_product_ids"))

        commerce_order = cls(
            number=number,
            status=status,
            currency=currency,
            date_placed=date_placed,
            total_excl_tax=total_excl_tax,
            total_before_discounts_incl_tax=total_before_discounts_incl_tax,
            discount=discount,
            basket_discounts=basket_discounts,
            billing_address=billing_address,
            user=user,
            lines=lines,
            vouchers=vouchers,
            payment_processor=payment_processor,
            payment_method=payment_method,
            product_tracking=product_tracking,
            dashboard_url=dashboard_url,
            contains_credit_seat=contains_credit_seat,
            enable_hoist_order_history=enable_hoist_order_history,
            enterprise_learner_portal_url=enterprise_learner_portal_url,
            order_product_ids=order_product_ids,
        )

        commerce_order.additional_properties = d
        return commerce_order

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
