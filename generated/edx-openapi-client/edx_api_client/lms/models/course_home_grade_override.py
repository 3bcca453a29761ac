from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.course_home_grade_override_system import CourseHomeGradeOverrideSystem
from ..types import UNSET, Unset

T = TypeVar("T", bound="CourseHomeGradeOverride")


@_attrs_define
class CourseHomeGradeOverride:
    """An override of a subsection grade by a proctor or a grading change.

    Attributes:
        system (CourseHomeGradeOverrideSystem | Unset): Which system made the override.
        reason (str | Unset): A comment on the override.
    """

    system: CourseHomeGradeOverrideSystem | Unset = UNSET
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        system: str | Unset = UNSET
        if not isinstance(self.system, Unset):
            system = self.system.value

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if system is not UNSET:
            field_dict["system"] = system
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _system = d.pop("system", UNSET)
        system: CourseHomeGradeOverrideSystem | Unset
        if isinstance(_system, Unset):
            system = UNSET
        else:
            system = CourseHomeGradeOverrideSystem(_system)

        reason = d.pop("reason", UNSET)

        course_home_grade_override = cls(
            system=system,
            reason=reason,
        )

        course_home_grade_override.additional_properties = d
        return course_home_grade_override

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
