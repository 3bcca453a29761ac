from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CoursewareNotes")


@_attrs_define
class CoursewareNotes:
    """Whether the course's notes feature is on and visible.

    Attributes:
        enabled (bool): Whether notes are enabled for the effective user in the course.
        visible (bool): Whether notes are shown.
    """

    enabled: bool
    visible: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        visible = self.visible

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
                "visible": visible,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enabled = d.pop("enabled")
        if not (isinstance(enabled, bool)):
            raise TypeError(
                f"enabled: expected a boolean, got {type(enabled).__name__}"
            )

        visible = d.pop("visible")
        if not (isinstance(visible, bool)):
            raise TypeError(
                f"visible: expected a boolean, got {type(visible).__name__}"
            )

        courseware_notes = cls(
            enabled=enabled,
            visible=visible,
        )

        courseware_notes.additional_properties = d
        return courseware_notes

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
