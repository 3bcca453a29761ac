from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OraStaffGraderRubricOption")


@_attrs_define
class OraStaffGraderRubricOption:
    """One option of a rubric criterion.

    Attributes:
        label (str): The option's label.
        points (int): The points the option is worth.
        explanation (str): What the option means.
        name (str): The option's name, which a grade uses to select it.
        order_num (int): The option's position in the criterion.
    """

    label: str
    points: int
    explanation: str
    name: str
    order_num: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        points = self.points

        explanation = self.explanation

        name = self.name

        order_num = self.order_num

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "points": points,
                "explanation": explanation,
                "name": name,
                "orderNum": order_num,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        label = d.pop("label")

        points = d.pop("points")
        if not (isinstance(points, int) and not isinstance(points, bool)):
            raise TypeError(f"points: expected an integer, got {type(points).__name__}")

        explanation = d.pop("explanation")

        name = d.pop("name")

        order_num = d.pop("orderNum")
        if not (isinstance(order_num, int) and not isinstance(order_num, bool)):
            raise TypeError(
                f"orderNum: expected an integer, got {type(order_num).__name__}"
            )

        ora_staff_grader_rubric_option = cls(
            label=label,
            points=points,
            explanation=explanation,
            name=name,
            order_num=order_num,
        )

        ora_staff_grader_rubric_option.additional_properties = d
        return ora_staff_grader_rubric_option

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
