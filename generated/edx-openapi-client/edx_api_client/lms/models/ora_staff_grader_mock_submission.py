from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OraStaffGraderMockSubmission")


@_attrs_define
class OraStaffGraderMockSubmission:
    """A stored submission of the mock, with the stored learner response.

    Attributes:
        grade_data (Any): The stored grade data.
        response (Any): The stored learner response; null when the data files hold none for the submission.
        grade_status (str): The stored grade status.
        lock_status (str): The stored lock status.
    """

    grade_data: Any
    response: Any
    grade_status: str
    lock_status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grade_data = self.grade_data

        response = self.response

        grade_status = self.grade_status

        lock_status = self.lock_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gradeData": grade_data,
                "response": response,
                "gradeStatus": grade_status,
                "lockStatus": lock_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        grade_data = d.pop("gradeData")

        response = d.pop("response")

        grade_status = d.pop("gradeStatus")

        lock_status = d.pop("lockStatus")

        ora_staff_grader_mock_submission = cls(
            grade_data=grade_data,
            response=response,
            grade_status=grade_status,
            lock_status=lock_status,
        )

        ora_staff_grader_mock_submission.additional_properties = d
        return ora_staff_grader_mock_submission

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
