from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CommerceCourseMode")


@_attrs_define
class CommerceCourseMode:
    """One enrollment mode of a course, with its price and SKUs.

    Attributes:
        name (str): The mode's name.
        price (int): The mode's price.
        currency (str | Unset): The currency the price is in.
        expires (str | Unset): When the mode expires.
        sku (str | Unset): Optional stock keeping unit of this mode in the external ecommerce service; left blank while
            the course has not been migrated to that service.
        bulk_sku (str | Unset): The bulk stock keeping unit of this mode in the external ecommerce service.
    """

    name: str
    price: int
    currency: str | Unset = UNSET
    expires: str | Unset = UNSET
    sku: str | Unset = UNSET
    bulk_sku: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        price = self.price

        currency = self.currency

        expires = self.expires

        sku = self.sku

        bulk_sku = self.bulk_sku

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "price": price,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency
        if expires is not UNSET:
            field_dict["expires"] = expires
        if sku is not UNSET:
            field_dict["sku"] = sku
        if bulk_sku is not UNSET:
            field_dict["bulk_sku"] = bulk_sku

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        price = d.pop("price")

        currency = d.pop("currency", UNSET)

        expires = d.pop("expires", UNSET)

        sku = d.pop("sku", UNSET)

        bulk_sku = d.pop("bulk_sku", UNSET)

        commerce_course_mode = cls(
            name=name,
            price=price,
            currency=currency,
            expires=expires,
            sku=sku,
            bulk_sku=bulk_sku,
        )

        commerce_course_mode.additional_properties = d
        return commerce_course_mode

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
