from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CourseHomeCourseGrade")


@_attrs_define
class CourseHomeCourseGrade:
    """The learner's grade in the course.

    Attributes:
        is_passing (bool): Whether the grade is above the passing cutoff.
        letter_grade (None | str): The letter grade from the course's grade range (such as `A`, `B`, `C`, `D` or `Pass`)
            when the learner is passing, otherwise null.
        percent (float): The learner's total graded percent in the course.
    """

    is_passing: bool
    letter_grade: None | str
    percent: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_passing = self.is_passing

        letter_grade: None | str
        letter_grade = self.letter_grade

        percent = self.percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_passing": is_passing,
                "letter_grade": letter_grade,
                "percent": percent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_passing = d.pop("is_passing")
        if not (isinstance(is_passing, bool)):
            raise TypeError(
                f"is_passing: expected a boolean, got {type(is_passing).__name__}"
            )

        def _parse_letter_grade(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        letter_grade = _parse_letter_grade(d.pop("letter_grade"))

        percent = d.pop("percent")
        if not (isinstance(percent, (int, float)) and not isinstance(percent, bool)):
            raise TypeError(f"percent: expected a number, got {type(percent).__name__}")

        course_home_course_grade = cls(
            is_passing=is_passing,
            letter_grade=letter_grade,
            percent=percent,
        )

        course_home_course_grade.additional_properties = d
        return course_home_course_grade

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
