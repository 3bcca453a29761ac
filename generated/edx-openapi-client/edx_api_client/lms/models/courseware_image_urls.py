from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CoursewareImageUrls")


@_attrs_define
class CoursewareImageUrls:
    """The course image at several sizes, as absolute URLs.

    Attributes:
        raw (str): The image as uploaded.
        small (str): A small rendition of the image.
        large (str): A large rendition of the image.
    """

    raw: str
    small: str
    large: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        raw = self.raw

        small = self.small

        large = self.large

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "raw": raw,
                "small": small,
                "large": large,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        raw = d.pop("raw")

        small = d.pop("small")

        large = d.pop("large")

        courseware_image_urls = cls(
            raw=raw,
            small=small,
            large=large,
        )

        courseware_image_urls.additional_properties = d
        return courseware_image_urls

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
