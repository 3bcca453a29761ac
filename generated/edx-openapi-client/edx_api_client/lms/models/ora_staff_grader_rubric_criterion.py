from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ora_staff_grader_rubric_criterion_feedback import (
    OraStaffGraderRubricCriterionFeedback,
)

if TYPE_CHECKING:
    from ..models.ora_staff_grader_rubric_option import OraStaffGraderRubricOption


T = TypeVar("T", bound="OraStaffGraderRubricCriterion")


@_attrs_define
class OraStaffGraderRubricCriterion:
    """One criterion of the rubric.

    Attributes:
        label (str): The criterion's label.
        prompt (str): The criterion's prompt.
        feedback (OraStaffGraderRubricCriterionFeedback): Whether feedback on this criterion is optional, disabled (the
            default) or required.
        name (str): The criterion's name, which a grade uses to refer to it.
        order_num (int): The criterion's position in the rubric.
        options (list[OraStaffGraderRubricOption]): The options a grader can choose from; empty for a feedback-only
            criterion.
    """

    label: str
    prompt: str
    feedback: OraStaffGraderRubricCriterionFeedback
    name: str
    order_num: int
    options: list[OraStaffGraderRubricOption]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        prompt = self.prompt

        feedback = self.feedback.value

        name = self.name

        order_num = self.order_num

        options = []
        for options_item_data in self.options:
            options_item = options_item_data.to_dict()
            options.append(options_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "prompt": prompt,
                "feedback": feedback,
                "name": name,
                "orderNum": order_num,
                "options": options,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ora_staff_grader_rubric_option import OraStaffGraderRubricOption

        d = dict(src_dict)
        label = d.pop("label")

        prompt = d.pop("prompt")

        feedback = OraStaffGraderRubricCriterionFeedback(d.pop("feedback"))

        name = d.pop("name")

        order_num = d.pop("orderNum")
        if not (isinstance(order_num, int) and not isinstance(order_num, bool)):
            raise TypeError(
                f"orderNum: expected an integer, got {type(order_num).__name__}"
            )

        options = []
        _options = d.pop("options")
        for options_item_data in _options:
            options_item = OraStaffGraderRubricOption.from_dict(options_item_data)

            options.append(options_item)

        ora_staff_grader_rubric_criterion = cls(
            label=label,
            prompt=prompt,
            feedback=feedback,
            name=name,
            order_num=order_num,
            options=options,
        )

        ora_staff_grader_rubric_criterion.additional_properties = d
        return ora_staff_grader_rubric_criterion

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
