from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OraStaffGraderMockSubmissionStatus")


@_attrs_define
class OraStaffGraderMockSubmissionStatus:
    """A stored submission's statuses and grade data, without the learner response.

    Attributes:
        grade_status (str): The stored grade status.
        lock_status (str): The stored lock status.
        grade_data (Any): The stored grade data.
    """

    grade_status: str
    lock_status: str
    grade_data: Any
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grade_status = self.grade_status

        lock_status = self.lock_status

        grade_data = self.grade_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gradeStatus": grade_status,
                "lockStatus": lock_status,
                "gradeData": grade_data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        grade_status = d.pop("gradeStatus")

        lock_status = d.pop("lockStatus")

        grade_data = d.pop("gradeData")

        ora_staff_grader_mock_submission_status = cls(
            grade_status=grade_status,
            lock_status=lock_status,
            grade_data=grade_data,
        )

        ora_staff_grader_mock_submission_status.additional_properties = d
        return ora_staff_grader_mock_submission_status

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
