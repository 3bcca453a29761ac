from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ora_staff_grader_assessed_criterion import (
        OraStaffGraderAssessedCriterion,
    )
    from ..models.ora_staff_grader_score import OraStaffGraderScore


T = TypeVar("T", bound="OraStaffGraderGradeData")


@_attrs_define
class OraStaffGraderGradeData:
    """The staff assessment of a submission: the score, the overall feedback and the assessment of each criterion. An empty
    object while the submission is ungraded.

        Attributes:
            score (None | OraStaffGraderScore | Unset): The score of the assessment; null when it carries no points.
            overall_feedback (str | Unset): The grader's overall feedback.
            criteria (list[OraStaffGraderAssessedCriterion] | Unset): The assessment of each rubric criterion.
    """

    score: None | OraStaffGraderScore | Unset = UNSET
    overall_feedback: str | Unset = UNSET
    criteria: list[OraStaffGraderAssessedCriterion] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ora_staff_grader_score import OraStaffGraderScore

        score: dict[str, Any] | None | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        elif isinstance(self.score, OraStaffGraderScore):
            score = self.score.to_dict()
        else:
            score = self.score

        overall_feedback = self.overall_feedback

        criteria: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.criteria, Unset):
            criteria = []
            for criteria_item_data in self.criteria:
                criteria_item = criteria_item_data.to_dict()
                criteria.append(criteria_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if score is not UNSET:
            field_dict["score"] = score
        if overall_feedback is not UNSET:
            field_dict["overallFeedback"] = overall_feedback
        if criteria is not UNSET:
            field_dict["criteria"] = criteria

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ora_staff_grader_assessed_criterion import (
            OraStaffGraderAssessedCriterion,
        )
        from ..models.ora_staff_grader_score import OraStaffGraderScore

        d = dict(src_dict)

        def _parse_score(data: object) -> None | OraStaffGraderScore | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                score_type_0 = OraStaffGraderScore.from_dict(data)

                return score_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OraStaffGraderScore | Unset, data)

        score = _parse_score(d.pop("score", UNSET))

        overall_feedback = d.pop("overallFeedback", UNSET)

        _criteria = d.pop("criteria", UNSET)
        criteria: list[OraStaffGraderAssessedCriterion] | Unset = UNSET
        if _criteria is not UNSET:
            criteria = []
            for criteria_item_data in _criteria:
                criteria_item = OraStaffGraderAssessedCriterion.from_dict(
                    criteria_item_data
                )

                criteria.append(criteria_item)

        ora_staff_grader_grade_data = cls(
            score=score,
            overall_feedback=overall_feedback,
            criteria=criteria,
        )

        ora_staff_grader_grade_data.additional_properties = d
        return ora_staff_grader_grade_data

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
