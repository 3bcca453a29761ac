from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GradesSubmission")


@_attrs_define
class GradesSubmission:
    """One submission to a problem.

    Attributes:
        state (Any | Unset): The state of the submission.
        grade (Any | Unset): The grade of the submission.
        max_grade (Any | Unset): The highest grade the submission could get.
    """

    state: Any | Unset = UNSET
    grade: Any | Unset = UNSET
    max_grade: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state = self.state

        grade = self.grade

        max_grade = self.max_grade

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if state is not UNSET:
            field_dict["state"] = state
        if grade is not UNSET:
            field_dict["grade"] = grade
        if max_grade is not UNSET:
            field_dict["max_grade"] = max_grade

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        state = d.pop("state", UNSET)

        grade = d.pop("grade", UNSET)

        max_grade = d.pop("max_grade", UNSET)

        grades_submission = cls(
            state=state,
            grade=grade,
            max_grade=max_grade,
        )

        grades_submission.additional_properties = d
        return grades_submission

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
