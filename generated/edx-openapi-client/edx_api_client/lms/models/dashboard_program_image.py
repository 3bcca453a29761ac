from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DashboardProgramImage")


@_attrs_define
class DashboardProgramImage:
    """One rendition of an image.

    Attributes:
        url (str | Unset): Where the image is served.
        width (int | Unset): The width in pixels.
        height (int | Unset): The height in pixels.
    """

    url: str | Unset = UNSET
    width: int | Unset = UNSET
    height: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        width = self.width

        height = self.height

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url", UNSET)

        width = d.pop("width", UNSET)
        if not isinstance(width, Unset) and not (
            isinstance(width, int) and not isinstance(width, bool)
        ):
            raise TypeError(f"width: expected an integer, got {type(width).__name__}")

        height = d.pop("height", UNSET)
        if not isinstance(height, Unset) and not (
            isinstance(height, int) and not isinstance(height, bool)
        ):
            raise TypeError(f"height: expected an integer, got {type(height).__name__}")

        dashboard_program_image = cls(
            url=url,
            width=width,
            height=height,
        )

        dashboard_program_image.additional_properties = d
        return dashboard_program_image

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
