from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GradesGradingInfoAssignmentType")


@_attrs_define
class GradesGradingInfoAssignmentType:
    """One assignment type of a course's grading policy.

    Attributes:
        type_ (str): The assignment type's name.
        short_label (None | str): The prefix of the short labels of its assignments (such as "HW"); null when none is
            set.
        min_count (int): How many assignments of the type the course counts on.
        drop_count (int): How many of the lowest grades of the type are dropped.
        weight (float): The type's weight in the course grade.
    """

    type_: str
    short_label: None | str
    min_count: int
    drop_count: int
    weight: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        short_label: None | str
        short_label = self.short_label

        min_count = self.min_count

        drop_count = self.drop_count

        weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "short_label": short_label,
                "min_count": min_count,
                "drop_count": drop_count,
                "weight": weight,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type")

        def _parse_short_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        short_label = _parse_short_label(d.pop("short_label"))

        min_count = d.pop("min_count")
        if not (isinstance(min_count, int) and not isinstance(min_count, bool)):
            raise TypeError(
                f"min_count: expected an integer, got {type(min_count).__name__}"
            )

        drop_count = d.pop("drop_count")
        if not (isinstance(drop_count, int) and not isinstance(drop_count, bool)):
            raise TypeError(
                f"drop_count: expected an integer, got {type(drop_count).__name__}"
            )

        weight = d.pop("weight")
        if not (isinstance(weight, (int, float)) and not isinstance(weight, bool)):
            raise TypeError(f"weight: expected a number, got {type(weight).__name__}")

        grades_grading_info_assignment_type = cls(
            type_=type_,
            short_label=short_label,
            min_count=min_count,
            drop_count=drop_count,
            weight=weight,
        )

        grades_grading_info_assignment_type.additional_properties = d
        return grades_grading_info_assignment_type

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
