from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MobileCourseMode")


@_attrs_define
class MobileCourseMode:
    """One mode (track) of the course.

    Attributes:
        slug (str): The mode's slug, such as `audit` or `verified`.
        sku (str): The mode's stock keeping unit in the ecommerce service.
        android_sku (str): The mode's product id in the Android store.
        ios_sku (str): The mode's product id in the iOS store.
        min_price (int): The mode's minimum price.
    """

    slug: str
    sku: str
    android_sku: str
    ios_sku: str
    min_price: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        sku = self.sku

        android_sku = self.android_sku

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

        sku = d.pop("sku")

        android_sku = d.pop("android_sku")

        ios_sku = d.pop("ios_sku")

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
