from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ora_staff_grader_rubric_criterion import OraStaffGraderRubricCriterion


T = TypeVar("T", bound="OraStaffGraderRubricConfig")


@_attrs_define
class OraStaffGraderRubricConfig:
    """The assessment's rubric.

    Attributes:
        feedback_prompt (str): The prompt shown for the overall feedback.
        criteria (list[OraStaffGraderRubricCriterion]): The rubric's criteria.
    """

    feedback_prompt: str
    criteria: list[OraStaffGraderRubricCriterion]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feedback_prompt = self.feedback_prompt

        criteria = []
        for criteria_item_data in self.criteria:
            criteria_item = criteria_item_data.to_dict()
            criteria.append(criteria_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feedbackPrompt": feedback_prompt,
                "criteria": criteria,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ora_staff_grader_rubric_criterion import (
            OraStaffGraderRubricCriterion,
        )

        d = dict(src_dict)
        feedback_prompt = d.pop("feedbackPrompt")

        criteria = []
        _criteria = d.pop("criteria")
        for criteria_item_data in _criteria:
            criteria_item = OraStaffGraderRubricCriterion.from_dict(criteria_item_data)

            criteria.append(criteria_item)

        ora_staff_grader_rubric_config = cls(
            feedback_prompt=feedback_prompt,
            criteria=criteria,
        )

        ora_staff_grader_rubric_config.additional_properties = d
        return ora_staff_grader_rubric_config

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
