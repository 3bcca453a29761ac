from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CatalogImage")


@_attrs_define
class CatalogImage:
    """An image. The same shape is used for a course or course run `image`, an organization `logo_image`, a person
    `profile_image` and a video `image`.

        Attributes:
            src (str): Address of the image file.
            description (None | str): Text describing the image.
            height (str): Image height in pixels, sent as a string of digits.
            width (str): Image width in pixels, sent as a string of digits.
    """

    src: str
    description: None | str
    height: str
    width: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        src = self.src

        description: None | str
        description = self.description

        height = self.height

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "src": src,
                "description": description,
                "height": height,
                "width": width,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        src = d.pop("src")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        height = d.pop("height")

        width = d.pop("width")

        catalog_image = cls(
            src=src,
            description=description,
            height=height,
            width=width,
        )

        catalog_image.additional_properties = d
        return catalog_image

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
