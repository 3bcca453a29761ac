from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EnrollmentCourseMode")


@_attrs_define
class EnrollmentCourseMode:
    """An enrollment mode of a course, as the enrollment API lists it.

    Attributes:
        slug (str): The mode's short name (`audit`, `verified`, ...).
        name (str): The mode's display name.
        min_price (int): The price of the mode, in whole units of `currency`.
        suggested_prices (str): Deprecated suggested prices, as the stored comma-separated list of whole numbers
            (usually empty). The serializer's list conversion uses a hook the REST framework no longer calls, so the stored
            text is answered as it is.
        currency (str): The lower-case ISO code of the price's currency.
        expiration_datetime (datetime.datetime | None): The upgrade deadline, after which the mode can no longer be
            chosen; null when there is none.
        description (None | str): The mode's description, if one is set.
        sku (None | str): The mode's stock keeping unit in the ecommerce service, if any.
        bulk_sku (None | str): The mode's bulk-purchase stock keeping unit in the ecommerce service, if any.
    """

    slug: str
    name: str
    min_price: int
    suggested_prices: str
    currency: str
    expiration_datetime: datetime.datetime | None
    description: None | str
    sku: None | str
    bulk_sku: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        name = self.name

        min_price = self.min_price

        suggested_prices = self.suggested_prices

        currency = self.currency

        expiration_datetime: None | str
        if isinstance(self.expiration_datetime, datetime.datetime):
            expiration_datetime = self.expiration_datetime.isoformat()
        else:
            expiration_datetime = self.expiration_datetime

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
                "slug": slug,
                "name": name,
                "min_price": min_price,
                "suggested_prices": suggested_prices,
                "currency": currency,
                "expiration_datetime": expiration_datetime,
                "description": description,
                "sku": sku,
                "bulk_sku": bulk_sku,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        slug = d.pop("slug")

        name = d.pop("name")

        min_price = d.pop("min_price")
        if not (isinstance(min_price, int) and not isinstance(min_price, bool)):
            raise TypeError(
                f"min_price: expected an integer, got {type(min_price).__name__}"
            )

        suggested_prices = d.pop("suggested_prices")

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

        enrollment_course_mode = cls(
            slug=slug,
            name=name,
            min_price=min_price,
            suggested_prices=suggested_prices,
            currency=currency,
            expiration_datetime=expiration_datetime,
            description=description,
            sku=sku,
            bulk_sku=bulk_sku,
        )

        enrollment_course_mode.additional_properties = d
        return enrollment_course_mode

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
