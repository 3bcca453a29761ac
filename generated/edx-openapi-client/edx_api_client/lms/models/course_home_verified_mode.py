from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CourseHomeVerifiedMode")


@_attrs_define
class CourseHomeVerifiedMode:
    """The verified mode's upgrade information for the user.

    Attributes:
        access_expiration_date (datetime.datetime | None): When the user's access to the course expires, or null when it
            does not.
        currency (str): The mode's currency code, upper-cased (e.g. `USD`).
        currency_symbol (str): The symbol of that currency (e.g. `$`).
        price (int): The verified mode's minimum price.
        sku (None | str): The verified mode's stock keeping unit in the ecommerce service, if any.
        upgrade_url (str): The link for upgrading to the verified mode.
    """

    access_expiration_date: datetime.datetime | None
    currency: str
    currency_symbol: str
    price: int
    sku: None | str
    upgrade_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_expiration_date: None | str
        if isinstance(self.access_expiration_date, datetime.datetime):
            access_expiration_date = self.access_expiration_date.isoformat()
        else:
            access_expiration_date = self.access_expiration_date

        currency = self.currency

        currency_symbol = self.currency_symbol

        price = self.price

        sku: None | str
        sku = self.sku

        upgrade_url = self.upgrade_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_expiration_date": access_expiration_date,
                "currency": currency,
                "currency_symbol": currency_symbol,
                "price": price,
                "sku": sku,
                "upgrade_url": upgrade_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_access_expiration_date(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                access_expiration_date_type_0 = datetime.datetime.fromisoformat(data)

                return access_expiration_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        access_expiration_date = _parse_access_expiration_date(
            d.pop("access_expiration_date")
        )

        currency = d.pop("currency")

        currency_symbol = d.pop("currency_symbol")

        price = d.pop("price")
        if not (isinstance(price, int) and not isinstance(price, bool)):
            raise TypeError(f"price: expected an integer, got {type(price).__name__}")

        def _parse_sku(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sku = _parse_sku(d.pop("sku"))

        upgrade_url = d.pop("upgrade_url")

        course_home_verified_mode = cls(
            access_expiration_date=access_expiration_date,
            currency=currency,
            currency_symbol=currency_symbol,
            price=price,
            sku=sku,
            upgrade_url=upgrade_url,
        )

        course_home_verified_mode.additional_properties = d
        return course_home_verified_mode

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
