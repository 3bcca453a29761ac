from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CourseEntitlement")


@_attrs_define
class CourseEntitlement:
    """A seat purchase option of a course: its mode, price, currency, SKU and expiry.

    Attributes:
        mode (str): The enrollment mode the purchase grants, for example `verified`.
        price (str): The price as a decimal string, for example `100.00`.
        currency (str): The currency code of the price, for example `USD`.
        sku (str): The stock keeping unit of the purchase option.
        expires (datetime.datetime | None): When the purchase option expires; null when it does not.
    """

    mode: str
    price: str
    currency: str
    sku: str
    expires: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode = self.mode

        price = self.price

        currency = self.currency

        sku = self.sku

        expires: None | str
        if isinstance(self.expires, datetime.datetime):
            expires = self.expires.isoformat()
        else:
            expires = self.expires

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mode": mode,
                "price": price,
                "currency": currency,
                "sku": sku,
                "expires": expires,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mode = d.pop("mode")

        price = d.pop("price")

        currency = d.pop("currency")

        sku = d.pop("sku")

        def _parse_expires(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_type_0 = datetime.datetime.fromisoformat(data)

                return expires_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        expires = _parse_expires(d.pop("expires"))

        course_entitlement = cls(
            mode=mode,
            price=price,
            currency=currency,
            sku=sku,
            expires=expires,
        )

        course_entitlement.additional_properties = d
        return course_entitlement

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
