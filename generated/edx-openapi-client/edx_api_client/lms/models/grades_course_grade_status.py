from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.grades_section_breakdown import GradesSectionBreakdown


T = TypeVar("T", bound="GradesCourseGradeStatus")


@_attrs_define
class GradesCourseGradeStatus:
    """One learner's grade status in one course, broken down by section.

    Attributes:
        course_id (str | Unset): The identifier of the course.
        passed (bool | Unset): Whether the learner passes the course.
        current_grade (int | Unset): The learner's current grade in the course.
        section_breakdown (list[GradesSectionBreakdown] | Unset): A grade summary of each section of the course.
        username (str | Unset): The username of the enrolled learner.
    """

    course_id: str | Unset = UNSET
    passed: bool | Unset = UNSET
    current_grade: int | Unset = UNSET
    section_breakdown: list[GradesSectionBreakdown] | Unset = UNSET
    username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_id = self.course_id

        passed = self.passed

        current_grade = self.current_grade

        section_breakdown: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.section_breakdown, Unset):
            section_breakdown = []
            for section_breakdown_item_data in self.section_breakdown:
                section_breakdown_item = section_breakdown_item_data.to_dict()
                section_breakdown.append(section_breakdown_item)

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if course_id is not UNSET:
            field_dict["course_id"] = course_id
        if passed is not UNSET:
            field_dict["passed"] = passed
        if current_grade is not UNSET:
            field_dict["current_grade"] = current_grade
        if section_breakdown is not UNSET:
            field_dict["section_breakdown"] = section_breakdown
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.grades_section_breakdown import GradesSectionBreakdown

        d = dict(src_dict)
        course_id = d.pop("course_id", UNSET)

        passed = d.pop("passed", UNSET)
        if not isinstance(passed, Unset) and not (isinstance(passed, bool)):
            raise TypeError(f"passed: expected a boolean, got {type(passed).__name__}")

        current_grade = d.pop("current_grade", UNSET)
        if not isinstance(current_grade, Unset) and not (
            isinstance(current_grade, int) and not isinstance(current_grade, bool)
        ):
            raise TypeError(
                f"current_grade: expected an integer, got {type(current_grade).__name__}"
            )

        _section_breakdown = d.pop("section_breakdown", UNSET)
        section_breakdown: list[GradesSectionBreakdown] | Unset = UNSET
        if _section_breakdown is not UNSET:
            section_breakdown = []
            for section_breakdown_item_data in _section_breakdown:
                section_breakdown_item = GradesSectionBreakdown.from_dict(
                    section_breakdown_item_data
                )

                section_breakdown.append(section_breakdown_item)

        username = d.pop("username", UNSET)

        grades_course_grade_status = cls(
            course_id=course_id,
            passed=passed,
            current_grade=current_grade,
            section_breakdown=section_breakdown,
            username=username,
        )

        grades_course_grade_status.additional_properties = d
        return grades_course_grade_status

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
