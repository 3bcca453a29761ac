from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CatalogImage")


@_attrs_define
class CatalogImage:
    """An image record (an About page image).

    Attributes:
        src (None | str): The URL of the image, or null when the course has no image.
        description (None | str): A description of the image.
        height (int | None): The height of the image in pixels.
        width (int | None): The width of the image in pixels.
    """

    src: None | str
    description: None | str
    height: int | None
    width: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        src: None | str
        src = self.src

        description: None | str
        description = self.description

        height: int | None
        height = self.height

        width: int | None
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

        def _parse_src(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        src = _parse_src(d.pop("src"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_height(data: object) -> int | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                height_type_0 = data
                if not (
                    isinstance(height_type_0, int)
                    and not isinstance(height_type_0, bool)
                ):
                    raise TypeError(
                        f"height_type_0: expected an integer, got {type(height_type_0).__name__}"
                    )

                return height_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None, data)

        height = _parse_height(d.pop("height"))

        def _parse_width(data: object) -> int | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                width_type_0 = data
                if not (
                    isinstance(width_type_0, int) and not isinstance(width_type_0, bool)
                ):
                    raise TypeError(
                        f"width_type_0: expected an integer, got {type(width_type_0).__name__}"
                    )

                return width_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None, data)

        width = _parse_width(d.pop("width"))

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
