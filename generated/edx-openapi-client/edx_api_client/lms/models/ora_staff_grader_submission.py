from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ora_staff_grader_submission_grade_status import (
    OraStaffGraderSubmissionGradeStatus,
)
from ..models.ora_staff_grader_submission_lock_status import (
    OraStaffGraderSubmissionLockStatus,
)

if TYPE_CHECKING:
    from ..models.ora_staff_grader_grade_data import OraStaffGraderGradeData
    from ..models.ora_staff_grader_response import OraStaffGraderResponse


T = TypeVar("T", bound="OraStaffGraderSubmission")


@_attrs_define
class OraStaffGraderSubmission:
    """A submission's status and grade data, with the learner's response.

    Attributes:
        grade_data (OraStaffGraderGradeData): The staff assessment of a submission: the score, the overall feedback and
            the assessment of each criterion. An empty object while the submission is ungraded.
        grade_status (OraStaffGraderSubmissionGradeStatus): `graded` when the submission has a staff assessment, else
            `ungraded`.
        lock_status (OraStaffGraderSubmissionLockStatus): Whether the submission's grading lock is free (`unlocked`),
            held by another grader (`locked`) or held by the caller (`in-progress`).
        response (OraStaffGraderResponse): What the learner submitted.
    """

    grade_data: OraStaffGraderGradeData
    grade_status: OraStaffGraderSubmissionGradeStatus
    lock_status: OraStaffGraderSubmissionLockStatus
    response: OraStaffGraderResponse
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grade_data = self.grade_data.to_dict()

        grade_status = self.grade_status.value

        lock_status = self.lock_status.value

        response = self.response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gradeData": grade_data,
                "gradeStatus": grade_status,
                "lockStatus": lock_status,
                "response": response,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ora_staff_grader_grade_data import OraStaffGraderGradeData
        from ..models.ora_staff_grader_response import OraStaffGraderResponse

        d = dict(src_dict)
        grade_data = OraStaffGraderGradeData.from_dict(d.pop("gradeData"))

        grade_status = OraStaffGraderSubmissionGradeStatus(d.pop("gradeStatus"))

        lock_status = OraStaffGraderSubmissionLockStatus(d.pop("lockStatus"))

        response = OraStaffGraderResponse.from_dict(d.pop("response"))

        ora_staff_grader_submission = cls(
            grade_data=grade_data,
            grade_status=grade_status,
            lock_status=lock_status,
            response=response,
        )

        ora_staff_grader_submission.additional_properties = d
        return ora_staff_grader_submission

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
