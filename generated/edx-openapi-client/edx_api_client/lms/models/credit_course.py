from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreditCourse")


@_attrs_define
class CreditCourse:
    """A course's academic-credit configuration.

    Attributes:
        course_key (str): The key of the course.
        enabled (bool | Unset): Whether the course offers credit.
    """

    course_key: str
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_key = self.course_key

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_key": course_key,
            }
        )
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        course_key = d.pop("course_key")

        enabled = d.pop("enabled", UNSET)
        if not isinstance(enabled, Unset) and not (isinstance(enabled, bool)):
            raise TypeError(
                f"enabled: expected a boolean, got {type(enabled).__name__}"
            )

        credit_course = cls(
            course_key=course_key,
            enabled=enabled,
        )

        credit_course.additional_properties = d
        return credit_course

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
