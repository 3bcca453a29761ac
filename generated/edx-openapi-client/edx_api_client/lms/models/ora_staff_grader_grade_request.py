from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ora_staff_grader_grade_request_assess_type import (
    OraStaffGraderGradeRequestAssessType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ora_staff_grader_grade_criterion import OraStaffGraderGradeCriterion


T = TypeVar("T", bound="OraStaffGraderGradeRequest")


@_attrs_define
class OraStaffGraderGradeRequest:
    """The grade of a submission (a first grade or an update): the overall feedback and one entry per rubric criterion. A
    criterion's option and feedback are passed on only when not empty.

        Attributes:
            criteria (list[OraStaffGraderGradeCriterion]): The assessment of each rubric criterion.
            overall_feedback (None | str | Unset): The grader's overall feedback.
            assess_type (OraStaffGraderGradeRequestAssessType | Unset): Whether this is a first grade (`full-grade`, the
                default) or a regrade. Default: OraStaffGraderGradeRequestAssessType.FULL_GRADE.
    """

    criteria: list[OraStaffGraderGradeCriterion]
    overall_feedback: None | str | Unset = UNSET
    assess_type: OraStaffGraderGradeRequestAssessType | Unset = (
        OraStaffGraderGradeRequestAssessType.FULL_GRADE
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        criteria = []
        for criteria_item_data in self.criteria:
            criteria_item = criteria_item_data.to_dict()
            criteria.append(criteria_item)

        overall_feedback: None | str | Unset
        if isinstance(self.overall_feedback, Unset):
            overall_feedback = UNSET
        else:
            overall_feedback = self.overall_feedback

        assess_type: str | Unset = UNSET
        if not isinstance(self.assess_type, Unset):
            assess_type = self.assess_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "criteria": criteria,
            }
        )
        if overall_feedback is not UNSET:
            field_dict["overallFeedback"] = overall_feedback
        if assess_type is not UNSET:
            field_dict["assess_type"] = assess_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ora_staff_grader_grade_criterion import (
            OraStaffGraderGradeCriterion,
        )

        d = dict(src_dict)
        criteria = []
        _criteria = d.pop("criteria")
        for criteria_item_data in _criteria:
            criteria_item = OraStaffGraderGradeCriterion.from_dict(criteria_item_data)

            criteria.append(criteria_item)

        def _parse_overall_feedback(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        overall_feedback = _parse_overall_feedback(d.pop("overallFeedback", UNSET))

        _assess_type = d.pop("assess_type", UNSET)
        assess_type: OraStaffGraderGradeRequestAssessType | Unset
        if isinstance(_assess_type, Unset):
            assess_type = UNSET
        else:
            assess_type = OraStaffGraderGradeRequestAssessType(_assess_type)

        ora_staff_grader_grade_request = cls(
            criteria=criteria,
            overall_feedback=overall_feedback,
            assess_type=assess_type,
        )

        ora_staff_grader_grade_request.additional_properties = d
        return ora_staff_grader_grade_request

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
