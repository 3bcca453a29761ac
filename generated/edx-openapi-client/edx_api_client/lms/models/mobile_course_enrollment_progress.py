from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MobileCourseEnrollmentProgress")


@_attrs_define
class MobileCourseEnrollmentProgress:
    """The learner's assignments in the course and how many are done.

    Attributes:
        total_assignments_count (int | Unset): How many assignments the course has.
        assignments_completed (int | Unset): How many of them the learner completed.
    """

    total_assignments_count: int | Unset = UNSET
    assignments_completed: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_assignments_count = self.total_assignments_count

        assignments_completed = self.assignments_completed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_assignments_count is not UNSET:
            field_dict["total_assignments_count"] = total_assignments_count
        if assignments_completed is not UNSET:
            field_dict["assignments_completed"] = assignments_completed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        total_assignments_count = d.pop("total_assignments_count", UNSET)
        if not isinstance(total_assignments_count, Unset) and not (
            isinstance(total_assignments_count, int)
            and not isinstance(total_assignments_count, bool)
        ):
            raise TypeError(
                f"total_assignments_count: expected an integer, got {type(total_assignments_count).__name__}"
            )

        assignments_completed = d.pop("assignments_completed", UNSET)
        if not isinstance(assignments_completed, Unset) and not (
            isinstance(assignments_completed, int)
            and not isinstance(assignments_completed, bool)
        ):
            raise TypeError(
                f"assignments_completed: expected an integer, got {type(assignments_completed).__name__}"
            )

        mobile_course_enrollment_progress = cls(
            total_assignments_count=total_assignments_count,
            assignments_completed=assignments_completed,
        )

        mobile_course_enrollment_progress.additional_properties = d
        return mobile_course_enrollment_progress

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
