from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CourseHomeAssignmentPolicy")


@_attrs_define
class CourseHomeAssignmentPolicy:
    """The grading policy of one assignment type.

    Attributes:
        num_droppable (int | Unset): How many of the lowest-scored assignments do not count towards the final grade.
        short_label (str | Unset): The abbreviated name of the assignment type.
        type_ (str | Unset): The assignment type.
        weight (float | Unset): The weight of the assignment type in the overall grade.
    """

    num_droppable: int | Unset = UNSET
    short_label: str | Unset = UNSET
    type_: str | Unset = UNSET
    weight: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        num_droppable = self.num_droppable

        short_label = self.short_label

        type_ = self.type_

        weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if num_droppable is not UNSET:
            field_dict["num_droppable"] = num_droppable
        if short_label is not UNSET:
            field_dict["short_label"] = short_label
        if type_ is not UNSET:
            field_dict["type"] = type_
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        num_droppable = d.pop("num_droppable", UNSET)
        if not isinstance(num_droppable, Unset) and not (
            isinstance(num_droppable, int) and not isinstance(num_droppable, bool)
        ):
            raise TypeError(
                f"num_droppable: expected an integer, got {type(num_droppable).__name__}"
            )

        short_label = d.pop("short_label", UNSET)

        type_ = d.pop("type", UNSET)

        weight = d.pop("weight", UNSET)
        if not isinstance(weight, Unset) and not (
            isinstance(weight, (int, float)) and not isinstance(weight, bool)
        ):
            raise TypeError(f"weight: expected a number, got {type(weight).__name__}")

        course_home_assignment_policy = cls(
            num_droppable=num_droppable,
            short_label=short_label,
            type_=type_,
            weight=weight,
        )

        course_home_assignment_policy.additional_properties = d
        return course_home_assignment_policy

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
