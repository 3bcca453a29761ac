from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ora_staff_grader_score import OraStaffGraderScore


T = TypeVar("T", bound="OraStaffGraderMockGradeResultGradeData")


@_attrs_define
class OraStaffGraderMockGradeResultGradeData:
    """The grade data sent, with `score` set to 70 points out of 100.

    Attributes:
        score (OraStaffGraderScore): The points a grade earned out of the points possible.
    """

    score: OraStaffGraderScore
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        score = self.score.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "score": score,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ora_staff_grader_score import OraStaffGraderScore

        d = dict(src_dict)
        score = OraStaffGraderScore.from_dict(d.pop("score"))

        ora_staff_grader_mock_grade_result_grade_data = cls(
            score=score,
        )

        ora_staff_grader_mock_grade_result_grade_data.additional_properties = d
        return ora_staff_grader_mock_grade_result_grade_data

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
