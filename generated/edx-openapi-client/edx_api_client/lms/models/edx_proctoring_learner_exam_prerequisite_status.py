from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EdxProctoringLearnerExamPrerequisiteStatus")


@_attrs_define
class EdxProctoringLearnerExamPrerequisiteStatus:
    """Before any attempt at a proctored exam whose course has credit requirements: whether the learner meets the exam's
    prerequisites, with the ones pending, failed or declined.

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        edx_proctoring_learner_exam_prerequisite_status = cls()

        edx_proctoring_learner_exam_prerequisite_status.additional_properties = d
        return edx_proctoring_learner_exam_prerequisite_status

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
