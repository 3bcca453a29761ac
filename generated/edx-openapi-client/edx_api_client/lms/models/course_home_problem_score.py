from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CourseHomeProblemScore")


@_attrs_define
class CourseHomeProblemScore:
    """The score of one problem.

    Attributes:
        earned (float | Unset): The points earned.
        possible (float | Unset): The points possible.
    """

    earned: float | Unset = UNSET
    possible: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        earned = self.earned

        possible = self.possible

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if earned is not UNSET:
            field_dict["earned"] = earned
        if possible is not UNSET:
            field_dict["possible"] = possible

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        earned = d.pop("earned", UNSET)
        if not isinstance(earned, Unset) and not (
            isinstance(earned, (int, float)) and not isinstance(earned, bool)
        ):
            raise TypeError(f"earned: expected a number, got {type(earned).__name__}")

        possible = d.pop("possible", UNSET)
        if not isinstance(possible, Unset) and not (
            isinstance(possible, (int, float)) and not isinstance(possible, bool)
        ):
            raise TypeError(
                f"possible: expected a number, got {type(possible).__name__}"
            )

        course_home_problem_score = cls(
            earned=earned,
            possible=possible,
        )

        course_home_problem_score.additional_properties = d
        return course_home_problem_score

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
