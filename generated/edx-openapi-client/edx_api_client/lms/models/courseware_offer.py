from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CoursewareOffer")


@_attrs_define
class CoursewareOffer:
    """The upgrade discount offered to the user.

    Attributes:
        code (str): The checkout code.
        expiration_date (datetime.datetime): When the offer expires (ISO 8601).
        original_price (str): The full upgrade price without the code, with its currency symbol.
        discounted_price (str): The upgrade price with the code, with its currency symbol.
        percentage (int): The amount of the discount.
        upgrade_url (str): The checkout URL.
    """

    code: str
    expiration_date: datetime.datetime
    original_price: str
    discounted_price: str
    percentage: int
    upgrade_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        expiration_date = self.expiration_date.isoformat()

        original_price = self.original_price

        discounted_price = self.discounted_price

        percentage = self.percentage

        upgrade_url = self.upgrade_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "expiration_date": expiration_date,
                "original_price": original_price,
                "discounted_price": discounted_price,
                "percentage": percentage,
                "upgrade_url": upgrade_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        expiration_date = datetime.datetime.fromisoformat(d.pop("expiration_date"))

        original_price = d.pop("original_price")

        discounted_price = d.pop("discounted_price")

        percentage = d.pop("percentage")
        if not (isinstance(percentage, int) and not isinstance(percentage, bool)):
            raise TypeError(
                f"percentage: expected an integer, got {type(percentage).__name__}"
            )

        upgrade_url = d.pop("upgrade_url")

        courseware_offer = cls(
            code=code,
            expiration_date=expiration_date,
            original_price=original_price,
            discounted_price=discounted_price,
            percentage=percentage,
            upgrade_url=upgrade_url,
        )

        courseware_offer.additional_properties = d
        return courseware_offer

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
