from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CoursewareEntranceExamData")


@_attrs_define
class CoursewareEntranceExamData:
    """The course's entrance exam and the user's standing in it.

    Attributes:
        entrance_exam_current_score (float): The user's current score in the entrance exam.
        entrance_exam_enabled (bool): Whether the course has an entrance exam.
        entrance_exam_id (str): The block ID of the entrance exam, a section (chapter), when it is enabled; empty
            otherwise.
        entrance_exam_minimum_score_pct (float): The minimum score needed in the entrance exam to unlock the rest of the
            course, as a fraction (0.7 for 70%).
        entrance_exam_passed (bool): Whether the entrance exam has been passed.
    """

    entrance_exam_current_score: float
    entrance_exam_enabled: bool
    entrance_exam_id: str
    entrance_exam_minimum_score_pct: float
    entrance_exam_passed: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entrance_exam_current_score = self.entrance_exam_current_score

        entrance_exam_enabled = self.entrance_exam_enabled

        entrance_exam_id = self.entrance_exam_id

        entrance_exam_minimum_score_pct = self.entrance_exam_minimum_score_pct

        entrance_exam_passed = self.entrance_exam_passed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entrance_exam_current_score": entrance_exam_current_score,
                "entrance_exam_enabled": entrance_exam_enabled,
                "entrance_exam_id": entrance_exam_id,
                "entrance_exam_minimum_score_pct": entrance_exam_minimum_score_pct,
                "entrance_exam_passed": entrance_exam_passed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        entrance_exam_current_score = d.pop("entrance_exam_current_score")
        if not (
            isinstance(entrance_exam_current_score, (int, float))
            and not isinstance(entrance_exam_current_score, bool)
        ):
            raise TypeError(
                f"entrance_exam_current_score: expected a number, got {type(entrance_exam_current_score).__name__}"
            )

        entrance_exam_enabled = d.pop("entrance_exam_enabled")
        if not (isinstance(entrance_exam_enabled, bool)):
            raise TypeError(
                f"entrance_exam_enabled: expected a boolean, got {type(entrance_exam_enabled).__name__}"
            )

        entrance_exam_id = d.pop("entrance_exam_id")

        entrance_exam_minimum_score_pct = d.pop("entrance_exam_minimum_score_pct")
        if not (
            isinstance(entrance_exam_minimum_score_pct, (int, float))
            and not isinstance(entrance_exam_minimum_score_pct, bool)
        ):
            raise TypeError(
                f"entrance_exam_minimum_score_pct: expected a number, got {type(entrance_exam_minimum_score_pct).__name__}"
            )

        entrance_exam_passed = d.pop("entrance_exam_passed")
        if not (isinstance(entrance_exam_passed, bool)):
            raise TypeError(
                f"entrance_exam_passed: expected a boolean, got {type(entrance_exam_passed).__name__}"
            )

        courseware_entrance_exam_data = cls(
            entrance_exam_current_score=entrance_exam_current_score,
            entrance_exam_enabled=entrance_exam_enabled,
            entrance_exam_id=entrance_exam_id,
            entrance_exam_minimum_score_pct=entrance_exam_minimum_score_pct,
            entrance_exam_passed=entrance_exam_passed,
        )

        courseware_entrance_exam_data.additional_properties = d
        return courseware_entrance_exam_data

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
