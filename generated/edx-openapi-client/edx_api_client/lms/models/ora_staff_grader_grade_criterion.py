from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OraStaffGraderGradeCriterion")


@_attrs_define
class OraStaffGraderGradeCriterion:
    """The grader's choice for one rubric criterion.

    Attributes:
        name (str): The criterion's name.
        selected_option (None | str): The name of the option chosen; null (or empty) for a feedback-only criterion.
        feedback (str | Unset): The grader's feedback on the criterion.
    """

    name: str
    selected_option: None | str
    feedback: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        selected_option: None | str
        selected_option = self.selected_option

        feedback = self.feedback

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "selectedOption": selected_option,
            }
        )
        if feedback is not UNSET:
            field_dict["feedback"] = feedback

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_selected_option(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        selected_option = _parse_selected_option(d.pop("selectedOption"))

        feedback = d.pop("feedback", UNSET)

        ora_staff_grader_grade_criterion = cls(
            name=name,
            selected_option=selected_option,
            feedback=feedback,
        )

        ora_staff_grader_grade_criterion.additional_properties = d
        return ora_staff_grader_grade_criterion

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
