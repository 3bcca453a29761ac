from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CoursesImage")


@_attrs_define
class CoursesImage:
    """The course image in three sizes.

    Attributes:
        large (str): The location of the large version.
        raw (str): The location of the original image.
        small (str): The location of the small version.
    """

    large: str
    raw: str
    small: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        large = self.large

        raw = self.raw

        small = self.small

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "large": large,
                "raw": raw,
                "small": small,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        large = d.pop("large")

        raw = d.pop("raw")

        small = d.pop("small")

        courses_image = cls(
            large=large,
            raw=raw,
            small=small,
        )

        courses_image.additional_properties = d
        return courses_image

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
