from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GradesCourseGrade")


@_attrs_define
class GradesCourseGrade:
    """A learner's grade in a course.

    Attributes:
        username (str): The learner's username.
        email (str): The learner's email address for master's track enrollments; empty otherwise.
        course_id (str): The course's identifier.
        passed (bool): Whether the grade passes the course's grading policy.
        percent (float): The course grade, as a fraction between 0 and 1.
        letter_grade (None | str): The letter grade of the course's grading policy reached; null when none is.
    """

    username: str
    email: str
    course_id: str
    passed: bool
    percent: float
    letter_grade: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        email = self.email

        course_id = self.course_id

        passed = self.passed

        percent = self.percent

        letter_grade: None | str
        letter_grade = self.letter_grade

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "email": email,
                "course_id": course_id,
                "passed": passed,
                "percent": percent,
                "letter_grade": letter_grade,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        username = d.pop("username")

        email = d.pop("email")

        course_id = d.pop("course_id")

        passed = d.pop("passed")
        if not (isinstance(passed, bool)):
            raise TypeError(f"passed: expected a boolean, got {type(passed).__name__}")

        percent = d.pop("percent")
        if not (isinstance(percent, (int, float)) and not isinstance(percent, bool)):
            raise TypeError(f"percent: expected a number, got {type(percent).__name__}")

        def _parse_letter_grade(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        letter_grade = _parse_letter_grade(d.pop("letter_grade"))

        grades_course_grade = cls(
            username=username,
            email=email,
            course_id=course_id,
            passed=passed,
            percent=percent,
            letter_grade=letter_grade,
        )

        grades_course_grade.additional_properties = d
        return grades_course_grade

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
