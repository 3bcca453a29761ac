from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CatalogImageSize")


@_attrs_define
class CatalogImageSize:
    """One size of an image.

    Attributes:
        url (str): The URL of the image at this size.
        width (int): The width in pixels.
        height (int): The height in pixels.
    """

    url: str
    width: int
    height: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        width = self.width

        height = self.height

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "width": width,
                "height": height,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url")

        width = d.pop("width")
        if not (isinstance(width, int) and not isinstance(width, bool)):
            raise TypeError(f"width: expected an integer, got {type(width).__name__}")

        height = d.pop("height")
        if not (isinstance(height, int) and not isinstance(height, bool)):
            raise TypeError(f"height: expected an integer, got {type(height).__name__}")

        catalog_image_size = cls(
            url=url,
            width=width,
            height=height,
        )

        catalog_image_size.additional_properties = d
        return catalog_image_size

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
