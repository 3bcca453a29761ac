from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CommerceCourseMode")


@_attrs_define
class CommerceCourseMode:
    """One enrollment mode of a course, with its price and SKUs.

    Attributes:
        name (str): The mode's name (its slug, e.g. audit or verified).
        price (int): The mode's price.
        currency (str | Unset): The currency the price is in, a lower-case ISO code; usd when not sent.
        sku (None | str | Unset): Optional stock keeping unit of this mode in the external ecommerce service; left blank
            while the course has not been migrated to that service.
        bulk_sku (None | str | Unset): The bulk stock keeping unit of this mode in the external ecommerce service.
        android_sku (None | str | Unset): The SKU of this mode in the Android app store, or null.
        ios_sku (None | str | Unset): The SKU of this mode in the iOS app store, or null.
        expires (datetime.datetime | None | Unset): When the mode expires (its upgrade deadline), or null when it does
            not.
    """

    name: str
    price: int
    currency: str | Unset = UNSET
    sku: None | str | Unset = UNSET
    bulk_sku: None | str | Unset = UNSET
    android_sku: None | str | Unset = UNSET
    ios_sku: None | str | Unset = UNSET
    expires: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        price = self.price

        currency = self.currency

        sku: None | str | Unset
        if isinstance(self.sku, Unset):
            sku = UNSET
        else:
            sku = self.sku

        bulk_sku: None | str | Unset
        if isinstance(self.bulk_sku, Unset):
            bulk_sku = UNSET
        else:
            bulk_sku = self.bulk_sku

        android_sku: None | str | Unset
        if isinstance(self.android_sku, Unset):
            android_sku = UNSET
        else:
            android_sku = self.android_sku

        ios_sku: None | str | Unset
        if isinstance(self.ios_sku, Unset):
            ios_sku = UNSET
        else:
            ios_sku = self.ios_sku

        expires: None | str | Unset
        if isinstance(self.expires, Unset):
            expires = UNSET
        elif isinstance(self.expires, datetime.datetime):
            expires = self.expires.isoformat()
        else:
            expires = self.expires

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
        if sku is not UNSET:
            field_dict["sku"] = sku
        if bulk_sku is not UNSET:
            field_dict["bulk_sku"] = bulk_sku
        if android_sku is not UNSET:
            field_dict["android_sku"] = android_sku
        if ios_sku is not UNSET:
            field_dict["ios_sku"] = ios_sku
        if expires is not UNSET:
            field_dict["expires"] = expires

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        price = d.pop("price")
        if not (isinstance(price, int) and not isinstance(price, bool)):
            raise TypeError(f"price: expected an integer, got {type(price).__name__}")

        currency = d.pop("currency", UNSET)

        def _parse_sku(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sku = _parse_sku(d.pop("sku", UNSET))

        def _parse_bulk_sku(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bulk_sku = _parse_bulk_sku(d.pop("bulk_sku", UNSET))

        def _parse_android_sku(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        android_sku = _parse_android_sku(d.pop("android_sku", UNSET))

        def _parse_ios_sku(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ios_sku = _parse_ios_sku(d.pop("ios_sku", UNSET))

        def _parse_expires(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_type_0 = datetime.datetime.fromisoformat(data)

                return expires_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expires = _parse_expires(d.pop("expires", UNSET))

        commerce_course_mode = cls(
            name=name,
            price=price,
            currency=currency,
            sku=sku,
            bulk_sku=bulk_sku,
            android_sku=android_sku,
            ios_sku=ios_sku,
            expires=expires,
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
