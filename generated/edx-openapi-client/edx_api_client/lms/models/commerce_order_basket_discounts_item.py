from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CommerceOrderBasketDiscountsItem")


@_attrs_define
class CommerceOrderBasketDiscountsItem:
    """
    Attributes:
        amount (float | Unset): The discount's amount.
        benefit_value (float | None | Unset): The value of the voucher's benefit, when a voucher gave it.
        code (None | str | Unset): The voucher code, if any.
        condition_name (None | str | Unset): The name of the offer's condition, when an offer gave it.
        contains_offer (bool | Unset): Whether an offer gave the discount.
        currency (str | Unset): The order's currency.
        enterprise_customer_name (None | str | Unset): The enterprise customer of the offer's condition, if any.
        offer_type (None | str | Unset): The kind of offer, when an offer gave it.
    """

    amount: float | Unset = UNSET
    benefit_value: float | None | Unset = UNSET
    code: None | str | Unset = UNSET
    condition_name: None | str | Unset = UNSET
    contains_offer: bool | Unset = UNSET
    currency: str | Unset = UNSET
    enterprise_customer_name: None | str | Unset = UNSET
    offer_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        benefit_value: float | None | Unset
        if isinstance(self.benefit_value, Unset):
            benefit_value = UNSET
        else:
            benefit_value = self.benefit_value

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        condition_name: None | str | Unset
        if isinstance(self.condition_name, Unset):
            condition_name = UNSET
        else:
            condition_name = self.condition_name

        contains_offer = self.contains_offer

        currency = self.currency

        enterprise_customer_name: None | str | Unset
        if isinstance(self.enterprise_customer_name, Unset):
            enterprise_customer_name = UNSET
        else:
            enterprise_customer_name = self.enterprise_customer_name

        offer_type: None | str | Unset
        if isinstance(self.offer_type, Unset):
            offer_type = UNSET
        else:
            offer_type = self.offer_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if benefit_value is not UNSET:
            field_dict["benefit_value"] = benefit_value
        if code is not UNSET:
            field_dict["code"] = code
        if condition_name is not UNSET:
            field_dict["condition_name"] = condition_name
        if contains_offer is not UNSET:
            field_dict["contains_offer"] = contains_offer
        if currency is not UNSET:
            field_dict["currency"] = currency
        if enterprise_customer_name is not UNSET:
            field_dict["enterprise_customer_name"] = enterprise_customer_name
        if offer_type is not UNSET:
            field_dict["offer_type"] = offer_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amount = d.pop("amount", UNSET)
        if not isinstance(amount, Unset) and not (
            isinstance(amount, (int, float)) and not isinstance(amount, bool)
        ):
            raise TypeError(f"amount: expected a number, got {type(amount).__name__}")

        def _parse_benefit_value(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (int, float)) and not isinstance(data, bool)):
                    raise TypeError()
                benefit_value_type_0 = data
                if not (
                    isinstance(benefit_value_type_0, (int, float))
                    and not isinstance(benefit_value_type_0, bool)
                ):
                    raise TypeError(
                        f"benefit_value_type_0: expected a number, got {type(benefit_value_type_0).__name__}"
                    )

                return benefit_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(float | None | Unset, data)

        benefit_value = _parse_benefit_value(d.pop("benefit_value", UNSET))

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_condition_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        condition_name = _parse_condition_name(d.pop("condition_name", UNSET))

        contains_offer = d.pop("contains_offer", UNSET)
        if not isinstance(contains_offer, Unset) and not (
            isinstance(contains_offer, bool)
        ):
            raise TypeError(
                f"contains_offer: expected a boolean, got {type(contains_offer).__name__}"
            )

        currency = d.pop("currency", UNSET)

        def _parse_enterprise_customer_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        enterprise_customer_name = _parse_enterprise_customer_name(
            d.pop("enterprise_customer_name", UNSET)
        )

        def _parse_offer_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        offer_type = _parse_offer_type(d.pop("offer_type", UNSET))

        commerce_order_basket_discounts_item = cls(
            amount=amount,
            benefit_value=benefit_value,
            code=code,
            condition_name=condition_name,
            contains_offer=contains_offer,
            currency=currency,
            enterprise_customer_name=enterprise_customer_name,
            offer_type=offer_type,
        )

        commerce_order_basket_discounts_item.additional_properties = d
        return commerce_order_basket_discounts_item

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
