from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CourseHomeEnrollAlert")


@_attrs_define
class CourseHomeEnrollAlert:
    """The alert inviting the user to enroll.

    Attributes:
        can_enroll (bool): Whether the user can enroll in the course.
        extra_text (str): Extra text of the alert.
    """

    can_enroll: bool
    extra_text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        can_enroll = self.can_enroll

        extra_text = self.extra_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "can_enroll": can_enroll,
                "extra_text": extra_text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        can_enroll = d.pop("can_enroll")
        if not (isinstance(can_enroll, bool)):
            raise TypeError(
                f"can_enroll: expected a boolean, got {type(can_enroll).__name__}"
            )

        extra_text = d.pop("extra_text")

        course_home_enroll_alert = cls(
            can_enroll=can_enroll,
            extra_text=extra_text,
        )

        course_home_enroll_alert.additional_properties = d
        return course_home_enroll_alert

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
