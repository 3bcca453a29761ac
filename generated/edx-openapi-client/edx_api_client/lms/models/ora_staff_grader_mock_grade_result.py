from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ora_staff_grader_mock_grade_result_grade_status import (
    OraStaffGraderMockGradeResultGradeStatus,
)
from ..models.ora_staff_grader_mock_grade_result_lock_status import (
    OraStaffGraderMockGradeResultLockStatus,
)

if TYPE_CHECKING:
    from ..models.ora_staff_grader_mock_grade_result_grade_data import (
        OraStaffGraderMockGradeResultGradeData,
    )


T = TypeVar("T", bound="OraStaffGraderMockGradeResult")


@_attrs_define
class OraStaffGraderMockGradeResult:
    """The mock submission's statuses after grading, with the grade data stored.

    Attributes:
        grade_status (OraStaffGraderMockGradeResultGradeStatus): Always `graded`.
        lock_status (OraStaffGraderMockGradeResultLockStatus): Always `unlocked`.
        grade_data (OraStaffGraderMockGradeResultGradeData): The grade data sent, with `score` set to 70 points out of
            100.
    """

    grade_status: OraStaffGraderMockGradeResultGradeStatus
    lock_status: OraStaffGraderMockGradeResultLockStatus
    grade_data: OraStaffGraderMockGradeResultGradeData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grade_status = self.grade_status.value

        lock_status = self.lock_status.value

        grade_data = self.grade_data.to_dict()

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
        from ..models.ora_staff_grader_mock_grade_result_grade_data import (
            OraStaffGraderMockGradeResultGradeData,
        )

        d = dict(src_dict)
        grade_status = OraStaffGraderMockGradeResultGradeStatus(d.pop("gradeStatus"))

        lock_status = OraStaffGraderMockGradeResultLockStatus(d.pop("lockStatus"))

        grade_data = OraStaffGraderMockGradeResultGradeData.from_dict(
            d.pop("gradeData")
        )

        ora_staff_grader_mock_grade_result = cls(
            grade_status=grade_status,
            lock_status=lock_status,
            grade_data=grade_data,
        )

        ora_staff_grader_mock_grade_result.additional_properties = d
        return ora_staff_grader_mock_grade_result

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
