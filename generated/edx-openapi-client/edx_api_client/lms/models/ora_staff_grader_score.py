from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OraStaffGraderScore")


@_attrs_define
class OraStaffGraderScore:
    """The points a grade earned out of the points possible.

    Attributes:
        points_earned (int | Unset): The points earned.
        points_possible (int | Unset): The points possible.
    """

    points_earned: int | Unset = UNSET
    points_possible: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        points_earned = self.points_earned

        points_possible = self.points_possible

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if points_earned is not UNSET:
            field_dict["pointsEarned"] = points_earned
        if points_possible is not UNSET:
            field_dict["pointsPossible"] = points_possible

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        points_earned = d.pop("pointsEarned", UNSET)
        if not isinstance(points_earned, Unset) and not (
            isinstance(points_earned, int) and not isinstance(points_earned, bool)
        ):
            raise TypeError(
                f"pointsEarned: expected an integer, got {type(points_earned).__name__}"
            )

        points_possible = d.pop("pointsPossible", UNSET)
        if not isinstance(points_possible, Unset) and not (
            isinstance(points_possible, int) and not isinstance(points_possible, bool)
        ):
            raise TypeError(
                f"pointsPossible: expected an integer, got {type(points_possible).__name__}"
            )

        ora_staff_grader_score = cls(
            points_earned=points_earned,
            points_possible=points_possible,
        )

        ora_staff_grader_score.additional_properties = d
        return ora_staff_grader_score

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
