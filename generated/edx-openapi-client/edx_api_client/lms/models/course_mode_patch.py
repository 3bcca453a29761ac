from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CourseModePatch")


@_attrs_define
class CourseModePatch:
    """Changes to a course mode, as a JSON merge patch: only the members sent are changed.

    Attributes:
        mode_display_name (str | Unset): The mode's full, human-readable name.
        min_price (int | Unset): The lowest price at which a user can enroll in this mode.
        currency (str | Unset): The currency the prices are given in.
        expiration_datetime (datetime.datetime | Unset): The date and time after which users can no longer enroll in
            this mode.
        expiration_datetime_is_explicit (bool | Unset): Whether `expiration_datetime` was set explicitly.
        description (str | Unset): A description of the mode.
        sku (str | Unset): The mode's stock keeping unit, for ecommerce.
        bulk_sku (str | Unset): The mode's bulk stock keeping unit, for ecommerce.
    """

    mode_display_name: str | Unset = UNSET
    min_price: int | Unset = UNSET
    currency: str | Unset = UNSET
    expiration_datetime: datetime.datetime | Unset = UNSET
    expiration_datetime_is_explicit: bool | Unset = UNSET
    description: str | Unset = UNSET
    sku: str | Unset = UNSET
    bulk_sku: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode_display_name = self.mode_display_name

        min_price = self.min_price

        currency = self.currency

        expiration_datetime: str | Unset = UNSET
        if not isinstance(self.expiration_datetime, Unset):
            expiration_datetime = self.expiration_datetime.isoformat()

        expiration_datetime_is_explicit = self.expiration_datetime_is_explicit

        description = self.description

        sku = self.sku

        bulk_sku = self.bulk_sku

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mode_display_name is not UNSET:
            field_dict["mode_display_name"] = mode_display_name
        if min_price is not UNSET:
            field_dict["min_price"] = min_price
        if currency is not UNSET:
            field_dict["currency"] = currency
        if expiration_datetime is not UNSET:
            field_dict["expiration_datetime"] = expiration_datetime
        if expiration_datetime_is_explicit is not UNSET:
            field_dict["expiration_datetime_is_explicit"] = (
                expiration_datetime_is_explicit
            )
        if description is not UNSET:
            field_dict["description"] = description
        if sku is not UNSET:
            field_dict["sku"] = sku
        if bulk_sku is not UNSET:
            field_dict["bulk_sku"] = bulk_sku

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mode_display_name = d.pop("mode_display_name", UNSET)

        min_price = d.pop("min_price", UNSET)
        if not isinstance(min_price, Unset) and not (
            isinstance(min_price, int) and not isinstance(min_price, bool)
        ):
            raise TypeError(
                f"min_price: expected an integer, got {type(min_price).__name__}"
            )

        currency = d.pop("currency", UNSET)

        _expiration_datetime = d.pop("expiration_datetime", UNSET)
        expiration_datetime: datetime.datetime | Unset
        if isinstance(_expiration_datetime, Unset):
            expiration_datetime = UNSET
        else:
            expiration_datetime = datetime.datetime.fromisoformat(_expiration_datetime)

        expiration_datetime_is_explicit = d.pop(
            "expiration_datetime_is_explicit", UNSET
        )
        if not isinstance(expiration_datetime_is_explicit, Unset) and not (
            isinstance(expiration_datetime_is_explicit, bool)
        ):
            raise TypeError(
                f"expiration_datetime_is_explicit: expected a boolean, got {type(expiration_datetime_is_explicit).__name__}"
            )

        description = d.pop("description", UNSET)

        sku = d.pop("sku", UNSET)

        bulk_sku = d.pop("bulk_sku", UNSET)

        course_mode_patch = cls(
            mode_display_name=mode_display_name,
            min_price=min_price,
            currency=currency,
            expiration_datetime=expiration_datetime,
            expiration_datetime_is_explicit=expiration_datetime_is_explicit,
            description=description,
            sku=sku,
            bulk_sku=bulk_sku,
        )

        course_mode_patch.additional_properties = d
        return course_mode_patch

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
