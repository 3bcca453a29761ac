from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GradesAssignmentTypePolicy")


@_attrs_define
class GradesAssignmentTypePolicy:
    """How one assignment type counts towards a course's grade.

    Attributes:
        assignment_type (str | Unset): The assignment type as course staff configured it, such as Homework, Quiz or
            Exam.
        count (int | Unset): How many assignments of this type the course has.
        dropped (int | Unset): How many assignments of this type are dropped.
        weight (float | Unset): How much this assignment type weighs in the learner's final grade.
    """

    assignment_type: str | Unset = UNSET
    count: int | Unset = UNSET
    dropped: int | Unset = UNSET
    weight: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assignment_type = self.assignment_type

        count = self.count

        dropped = self.dropped

        weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if assignment_type is not UNSET:
            field_dict["assignment_type"] = assignment_type
        if count is not UNSET:
            field_dict["count"] = count
        if dropped is not UNSET:
            field_dict["dropped"] = dropped
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        assignment_type = d.pop("assignment_type", UNSET)

        count = d.pop("count", UNSET)
        if not isinstance(count, Unset) and not (
            isinstance(count, int) and not isinstance(count, bool)
        ):
            raise TypeError(f"count: expected an integer, got {type(count).__name__}")

        dropped = d.pop("dropped", UNSET)
        if not isinstance(dropped, Unset) and not (
            isinstance(dropped, int) and not isinstance(dropped, bool)
        ):
            raise TypeError(
                f"dropped: expected an integer, got {type(dropped).__name__}"
            )

        weight = d.pop("weight", UNSET)
        if not isinstance(weight, Unset) and not (
            isinstance(weight, (int, float)) and not isinstance(weight, bool)
        ):
            raise TypeError(f"weight: expected a number, got {type(weight).__name__}")

        grades_assignment_type_policy = cls(
            assignment_type=assignment_type,
            count=count,
            dropped=dropped,
            weight=weight,
        )

        grades_assignment_type_policy.additional_properties = d
        return grades_assignment_type_policy

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
