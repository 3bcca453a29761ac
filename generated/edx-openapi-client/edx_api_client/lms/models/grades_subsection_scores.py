from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GradesSubsectionScores")


@_attrs_define
class GradesSubsectionScores:
    """A learner's computed points in a subsection.

    Attributes:
        earned_all (float): The points earned on all its problems.
        possible_all (float): The points possible on all its problems.
        earned_graded (float): The points earned on its graded problems.
        possible_graded (float): The points possible on its graded problems.
    """

    earned_all: float
    possible_all: float
    earned_graded: float
    possible_graded: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        earned_all = self.earned_all

        possible_all = self.possible_all

        earned_graded = self.earned_graded

        possible_graded = self.possible_graded

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "earned_all": earned_all,
                "possible_all": possible_all,
                "earned_graded": earned_graded,
                "possible_graded": possible_graded,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        earned_all = d.pop("earned_all")
        if not (
            isinstance(earned_all, (int, float)) and not isinstance(earned_all, bool)
        ):
            raise TypeError(
                f"earned_all: expected a number, got {type(earned_all).__name__}"
            )

        possible_all = d.pop("possible_all")
        if not (
            isinstance(possible_all, (int, float))
            and not isinstance(possible_all, bool)
        ):
            raise TypeError(
                f"possible_all: expected a number, got {type(possible_all).__name__}"
            )

        earned_graded = d.pop("earned_graded")
        if not (
            isinstance(earned_graded, (int, float))
            and not isinstance(earned_graded, bool)
        ):
            raise TypeError(
                f"earned_graded: expected a number, got {type(earned_graded).__name__}"
            )

        possible_graded = d.pop("possible_graded")
        if not (
            isinstance(possible_graded, (int, float))
            and not isinstance(possible_graded, bool)
        ):
            raise TypeError(
                f"possible_graded: expected a number, got {type(possible_graded).__name__}"
            )

        grades_subsection_scores = cls(
            earned_all=earned_all,
            possible_all=possible_all,
            earned_graded=earned_graded,
            possible_graded=possible_graded,
        )

        grades_subsection_scores.additional_properties = d
        return grades_subsection_scores

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
