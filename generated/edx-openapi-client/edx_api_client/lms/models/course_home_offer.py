from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CourseHomeOffer")


@_attrs_define
class CourseHomeOffer:
    """The upgrade discount offered to the user. The field table types this as an object and lists none of its members.

    Attributes:
        code (str | Unset): The checkout code.
        expiration_date (str | Unset): When the offer expires (ISO 8601).
        original_price (str | Unset): The full upgrade price without the code, with its currency symbol.
        discounted_price (str | Unset): The upgrade price with the code, with its currency symbol.
        percentage (int | Unset): The amount of the discount.
        upgrade_url (str | Unset): The checkout URL.
    """

    code: str | Unset = UNSET
    expiration_date: str | Unset = UNSET
    original_price: str | Unset = UNSET
    discounted_price: str | Unset = UNSET
    percentage: int | Unset = UNSET
    upgrade_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        expiration_date = self.expiration_date

        original_price = self.original_price

        discounted_price = self.discounted_price

        percentage = self.percentage

        upgrade_url = self.upgrade_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
        if original_price is not UNSET:
            field_dict["original_price"] = original_price
        if discounted_price is not UNSET:
            field_dict["discounted_price"] = discounted_price
        if percentage is not UNSET:
            field_dict["percentage"] = percentage
        if upgrade_url is not UNSET:
            field_dict["upgrade_url"] = upgrade_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code", UNSET)

        expiration_date = d.pop("expiration_date", UNSET)

        original_price = d.pop("original_price", UNSET)

        discounted_price = d.pop("discounted_price", UNSET)

        percentage = d.pop("percentage", UNSET)
        if not isinstance(percentage, Unset) and not (
            isinstance(percentage, int) and not isinstance(percentage, bool)
        ):
            raise TypeError(
                f"percentage: expected an integer, got {type(percentage).__name__}"
            )

        upgrade_url = d.pop("upgrade_url", UNSET)

        course_home_offer = cls(
            code=code,
            expiration_date=expiration_date,
            original_price=original_price,
            discounted_price=discounted_price,
            percentage=percentage,
            upgrade_url=upgrade_url,
        )

        course_home_offer.additional_properties = d
        return course_home_offer

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
