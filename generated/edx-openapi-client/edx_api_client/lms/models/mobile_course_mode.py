from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MobileCourseMode")


@_attrs_define
class MobileCourseMode:
    """One mode (track) of the course.

    Attributes:
        slug (str): The mode's slug, such as `audit` or `verified`.
        sku (None | str): The mode's stock keeping unit in the ecommerce service, or null when it has none.
        android_sku (None | str): The mode's product id in the Android store, or null when it has none.
        ios_sku (None | str): The mode's product id in the iOS store, or null when it has none.
        min_price (int): The mode's minimum price.
    """

    slug: str
    sku: None | str
    android_sku: None | str
    ios_sku: None | str
    min_price: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        sku: None | str
        sku = self.sku

        android_sku: None | str
        android_sku = self.android_sku

        ios_sku: None | str
        ios_sku = self.ios_sku

        min_price = self.min_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
                "sku": sku,
                "android_sku": android_sku,
                "ios_sku": ios_sku,
                "min_price": min_price,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        slug = d.pop("slug")

        def _parse_sku(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sku = _parse_sku(d.pop("sku"))

        def _parse_android_sku(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        android_sku = _parse_android_sku(d.pop("android_sku"))

        def _parse_ios_sku(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ios_sku = _parse_ios_sku(d.pop("ios_sku"))

        min_price = d.pop("min_price")
        if not (isinstance(min_price, int) and not isinstance(min_price, bool)):
            raise TypeError(
                f"min_price: expected an integer, got {type(min_price).__name__}"
            )

        mobile_course_mode = cls(
            slug=slug,
            sku=sku,
            android_sku=android_sku,
            ios_sku=ios_sku,
            min_price=min_price,
        )

        mobile_course_mode.additional_properties = d
        return mobile_course_mode

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
