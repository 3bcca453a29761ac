from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ora_staff_grader_error_error import OraStaffGraderErrorError
from ..models.ora_staff_grader_error_grade_status import OraStaffGraderErrorGradeStatus
from ..models.ora_staff_grader_error_lock_status import OraStaffGraderErrorLockStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ora_staff_grader_grade_data import OraStaffGraderGradeData


T = TypeVar("T", bound="OraStaffGraderError")


@_attrs_define
class OraStaffGraderError:
    """The staff grader's error body: an error code, with context members beside it (the failing handler's name, or the
    submission's current status for a contested lock or grade).

        Attributes:
            error (OraStaffGraderErrorError): The error code.
            handler (str | Unset): With `ERR_INTERNAL`, the ORA XBlock handler that failed.
            lock_status (OraStaffGraderErrorLockStatus | Unset): With a contested lock or grade, the submission's current
                lock status.
            grade_status (OraStaffGraderErrorGradeStatus | Unset): With a contested grade, the submission's current grade
                status.
            grade_data (OraStaffGraderGradeData | Unset): The staff assessment of a submission: the score, the overall
                feedback and the assessment of each criterion. An empty object while the submission is ungraded.
    """

    error: OraStaffGraderErrorError
    handler: str | Unset = UNSET
    lock_status: OraStaffGraderErrorLockStatus | Unset = UNSET
    grade_status: OraStaffGraderErrorGradeStatus | Unset = UNSET
    grade_data: OraStaffGraderGradeData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error.value

        handler = self.handler

        lock_status: str | Unset = UNSET
        if not isinstance(self.lock_status, Unset):
            lock_status = self.lock_status.value

        grade_status: str | Unset = UNSET
        if not isinstance(self.grade_status, Unset):
            grade_status = self.grade_status.value

        grade_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.grade_data, Unset):
            grade_data = self.grade_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )
        if handler is not UNSET:
            field_dict["handler"] = handler
        if lock_status is not UNSET:
            field_dict["lockStatus"] = lock_status
        if grade_status is not UNSET:
            field_dict["gradeStatus"] = grade_status
        if grade_data is not UNSET:
            field_dict["gradeData"] = grade_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ora_staff_grader_grade_data import OraStaffGraderGradeData

        d = dict(src_dict)
        error = OraStaffGraderErrorError(d.pop("error"))

        handler = d.pop("handler", UNSET)

        _lock_status = d.pop("lockStatus", UNSET)
        lock_status: OraStaffGraderErrorLockStatus | Unset
        if isinstance(_lock_status, Unset):
            lock_status = UNSET
        else:
            lock_status = OraStaffGraderErrorLockStatus(_lock_status)

        _grade_status = d.pop("gradeStatus", UNSET)
        grade_status: OraStaffGraderErrorGradeStatus | Unset
        if isinstance(_grade_status, Unset):
            grade_status = UNSET
        else:
            grade_status = OraStaffGraderErrorGradeStatus(_grade_status)

        _grade_data = d.pop("gradeData", UNSET)
        grade_data: OraStaffGraderGradeData | Unset
        if isinstance(_grade_data, Unset):
            grade_data = UNSET
        else:
            grade_data = OraStaffGraderGradeData.from_dict(_grade_data)

        ora_staff_grader_error = cls(
            error=error,
            handler=handler,
            lock_status=lock_status,
            grade_status=grade_status,
            grade_data=grade_data,
        )

        ora_staff_grader_error.additional_properties = d
        return ora_staff_grader_error

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
