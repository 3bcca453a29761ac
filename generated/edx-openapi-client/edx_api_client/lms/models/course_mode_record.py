from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CourseModeRecord")


@_attrs_define
class CourseModeRecord:
    """An enrollment mode of a course, as the course modes API answers it.

    Attributes:
        course_id (str): The identifier of the course the mode belongs to.
        mode_slug (str): The mode's short name.
        mode_display_name (str): The mode's full, human-readable name.
        min_price (int): The price of the mode (0 when none was set).
        currency (str): The lower-case code of the price's currency.
        expiration_datetime (datetime.datetime | None): The upgrade deadline after which the mode can no longer be
            chosen; null when there is none.
        expiration_datetime_is_explicit (bool): Whether `expiration_datetime` was set explicitly.
        description (None | str): A description of the mode, if one is set.
        sku (None | str): The mode's stock keeping unit, for ecommerce, if any.
        bulk_sku (None | str): The mode's bulk stock keeping unit, for ecommerce, if any.
    """

    course_id: str
    mode_slug: str
    mode_display_name: str
    min_price: int
    currency: str
    expiration_datetime: datetime.datetime | None
    expiration_datetime_is_explicit: bool
    description: None | str
    sku: None | str
    bulk_sku: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_id = self.course_id

        mode_slug = self.mode_slug

        mode_display_name = self.mode_display_name

        min_price = self.min_price

        currency = self.currency

        expiration_datetime: None | str
        if isinstance(self.expiration_datetime, datetime.datetime):
            expiration_datetime = self.expiration_datetime.isoformat()
        else:
            expiration_datetime = self.expiration_datetime

        expiration_datetime_is_explicit = self.expiration_datetime_is_explicit

        description: None | str
        description = self.description

        sku: None | str
        sku = self.sku

        bulk_sku: None | str
        bulk_sku = self.bulk_sku

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_id": course_id,
                "mode_slug": mode_slug,
                "mode_display_name": mode_display_name,
                "min_price": min_price,
                "currency": currency,
                "expiration_datetime": expiration_datetime,
                "expiration_datetime_is_explicit": expiration_datetime_is_explicit,
                "description": description,
                "sku": sku,
                "bulk_sku": bulk_sku,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        course_id = d.pop("course_id")

        mode_slug = d.pop("mode_slug")

        mode_display_name = d.pop("mode_display_name")

        min_price = d.pop("min_price")
        if not (isinstance(min_price, int) and not isinstance(min_price, bool)):
            raise TypeError(
                f"min_price: expected an integer, got {type(min_price).__name__}"
            )

        currency = d.pop("currency")

        def _parse_expiration_datetime(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expiration_datetime_type_0 = datetime.datetime.fromisoformat(data)

                return expiration_datetime_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        expiration_datetime = _parse_expiration_datetime(d.pop("expiration_datetime"))

        expiration_datetime_is_explicit = d.pop("expiration_datetime_is_explicit")
        if not (isinstance(expiration_datetime_is_explicit, bool)):
            raise TypeError(
                f"expiration_datetime_is_explicit: expected a boolean, got {type(expiration_datetime_is_explicit).__name__}"
            )

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_sku(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sku = _parse_sku(d.pop("sku"))

        def _parse_bulk_sku(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bulk_sku = _parse_bulk_sku(d.pop("bulk_sku"))

        course_mode_record = cls(
            course_id=course_id,
            mode_slug=mode_slug,
            mode_display_name=mode_display_name,
            min_price=min_price,
            currency=currency,
            expiration_datetime=expiration_datetime,
            expiration_datetime_is_explicit=expiration_datetime_is_explicit,
            description=description,
            sku=sku,
            bulk_sku=bulk_sku,
        )

        course_mode_record.additional_properties = d
        return course_mode_record

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
