from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ora_staff_grader_submission_status_grade_status import (
    OraStaffGraderSubmissionStatusGradeStatus,
)
from ..models.ora_staff_grader_submission_status_lock_status import (
    OraStaffGraderSubmissionStatusLockStatus,
)

if TYPE_CHECKING:
    from ..models.ora_staff_grader_grade_data import OraStaffGraderGradeData


T = TypeVar("T", bound="OraStaffGraderSubmissionStatus")


@_attrs_define
class OraStaffGraderSubmissionStatus:
    """A submission's grade status, lock status and grade data.

    Attributes:
        grade_data (OraStaffGraderGradeData): The staff assessment of a submission: the score, the overall feedback and
            the assessment of each criterion. An empty object while the submission is ungraded.
        grade_status (OraStaffGraderSubmissionStatusGradeStatus): `graded` when the submission has a staff assessment,
            else `ungraded`.
        lock_status (OraStaffGraderSubmissionStatusLockStatus): Whether the submission's grading lock is free
            (`unlocked`), held by another grader (`locked`) or held by the caller (`in-progress`).
    """

    grade_data: OraStaffGraderGradeData
    grade_status: OraStaffGraderSubmissionStatusGradeStatus
    lock_status: OraStaffGraderSubmissionStatusLockStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grade_data = self.grade_data.to_dict()

        grade_status = self.grade_status.value

        lock_status = self.lock_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gradeData": grade_data,
                "gradeStatus": grade_status,
                "lockStatus": lock_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ora_staff_grader_grade_data import OraStaffGraderGradeData

        d = dict(src_dict)
        grade_data = OraStaffGraderGradeData.from_dict(d.pop("gradeData"))

        grade_status = OraStaffGraderSubmissionStatusGradeStatus(d.pop("gradeStatus"))

        lock_status = OraStaffGraderSubmissionStatusLockStatus(d.pop("lockStatus"))

        ora_staff_grader_submission_status = cls(
            grade_data=grade_data,
            grade_status=grade_status,
            lock_status=lock_status,
        )

        ora_staff_grader_submission_status.additional_properties = d
        return ora_staff_grader_submission_status

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
