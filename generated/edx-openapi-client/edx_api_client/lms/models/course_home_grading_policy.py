from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.course_home_assignment_policy import CourseHomeAssignmentPolicy
    from ..models.course_home_grading_policy_grade_range import (
        CourseHomeGradingPolicyGradeRange,
    )


T = TypeVar("T", bound="CourseHomeGradingPolicy")


@_attrs_define
class CourseHomeGradingPolicy:
    """The grading policy of the course.

    Attributes:
        grade_range (CourseHomeGradingPolicyGradeRange): The grade cutoffs, keyed by grade: either just `Pass`, or a
            combination of `A`, `B`, `C` and `D` (then without `Pass`).
        assignment_policies (list[CourseHomeAssignmentPolicy] | Unset): The grading policy of each assignment type.
    """

    grade_range: CourseHomeGradingPolicyGradeRange
    assignment_policies: list[CourseHomeAssignmentPolicy] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grade_range = self.grade_range.to_dict()

        assignment_policies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assignment_policies, Unset):
            assignment_policies = []
            for assignment_policies_item_data in self.assignment_policies:
                assignment_policies_item = assignment_policies_item_data.to_dict()
                assignment_policies.append(assignment_policies_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grade_range": grade_range,
            }
        )
        if assignment_policies is not UNSET:
            field_dict["assignment_policies"] = assignment_policies

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.course_home_assignment_policy import CourseHomeAssignmentPolicy
        from ..models.course_home_grading_policy_grade_range import (
            CourseHomeGradingPolicyGradeRange,
        )

        d = dict(src_dict)
        grade_range = CourseHomeGradingPolicyGradeRange.from_dict(d.pop("grade_range"))

        _assignment_policies = d.pop("assignment_policies", UNSET)
        assignment_policies: list[CourseHomeAssignmentPolicy] | Unset = UNSET
        if _assignment_policies is not UNSET:
            assignment_policies = []
            for assignment_policies_item_data in _assignment_policies:
                assignment_policies_item = CourseHomeAssignmentPolicy.from_dict(
                    assignment_policies_item_data
                )

                assignment_policies.append(assignment_policies_item)

        course_home_grading_policy = cls(
            grade_range=grade_range,
            assignment_policies=assignment_policies,
        )

        course_home_grading_policy.additional_properties = d
        return course_home_grading_policy

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
