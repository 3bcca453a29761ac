from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgramEnrollmentsCourseGrade")


@_attrs_define
class ProgramEnrollmentsCourseGrade:
    """A learner's grade in a course run of a program. A grade that loaded carries `passed`, `percent` and `letter_grade`;
    one that failed carries `error` instead.

        Attributes:
            student_key (str): The learner's key in the partner's systems (external user key).
            passed (bool | Unset): Whether the learner passed the course by its grading policy.
            percent (float | Unset): The learner's overall grade, as a fraction.
            letter_grade (None | str | Unset): The letter grade of the course's grading policy; null when none applies.
            error (str | Unset): Why the grade could not be loaded.
    """

    student_key: str
    passed: bool | Unset = UNSET
    percent: float | Unset = UNSET
    letter_grade: None | str | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        student_key = self.student_key

        passed = self.passed

        percent = self.percent

        letter_grade: None | str | Unset
        if isinstance(self.letter_grade, Unset):
            letter_grade = UNSET
        else:
            letter_grade = self.letter_grade

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "student_key": student_key,
            }
        )
        if passed is not UNSET:
            field_dict["passed"] = passed
        if percent is not UNSET:
            field_dict["percent"] = percent
        if letter_grade is not UNSET:
            field_dict["letter_grade"] = letter_grade
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        student_key = d.pop("student_key")

        passed = d.pop("passed", UNSET)
        if not isinstance(passed, Unset) and not (isinstance(passed, bool)):
            raise TypeError(f"passed: expected a boolean, got {type(passed).__name__}")

        percent = d.pop("percent", UNSET)
        if not isinstance(percent, Unset) and not (
            isinstance(percent, (int, float)) and not isinstance(percent, bool)
        ):
            raise TypeError(f"percent: expected a number, got {type(percent).__name__}")

        def _parse_letter_grade(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        letter_grade = _parse_letter_grade(d.pop("letter_grade", UNSET))

        error = d.pop("error", UNSET)

        program_enrollments_course_grade = cls(
            student_key=student_key,
            passed=passed,
            percent=percent,
            letter_grade=letter_grade,
            error=error,
        )

        program_enrollments_course_grade.additional_properties = d
        return program_enrollments_course_grade

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
