from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EmbargoCourseAccess")


@_attrs_define
class EmbargoCourseAccess:
    """Whether the embargo rules let the user reach the courses checked.

    Attributes:
        access (bool): True when the user may reach every course checked from the given IP address; false as soon as one
            course is blocked.
    """

    access: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access = self.access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access": access,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        access = d.pop("access")
        if not (isinstance(access, bool)):
            raise TypeError(f"access: expected a boolean, got {type(access).__name__}")

        embargo_course_access = cls(
            access=access,
        )

        embargo_course_access.additional_properties = d
        return embargo_course_access

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
