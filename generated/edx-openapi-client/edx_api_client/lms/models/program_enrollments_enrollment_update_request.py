from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.program_enrollments_enrollment_update_request_status import (
    ProgramEnrollmentsEnrollmentUpdateRequestStatus,
)

T = TypeVar("T", bound="ProgramEnrollmentsEnrollmentUpdateRequest")


@_attrs_define
class ProgramEnrollmentsEnrollmentUpdateRequest:
    """A learner whose program enrollment status changes.

    Attributes:
        student_key (str): The learner's key in the partner's systems (external user key).
        status (ProgramEnrollmentsEnrollmentUpdateRequestStatus): The new status. Another value is not refused as a
            whole: that learner's outcome is `invalid-status`.
    """

    student_key: str
    status: ProgramEnrollmentsEnrollmentUpdateRequestStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        student_key = self.student_key

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "student_key": student_key,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        student_key = d.pop("student_key")

        status = ProgramEnrollmentsEnrollmentUpdateRequestStatus(d.pop("status"))

        program_enrollments_enrollment_update_request = cls(
            student_key=student_key,
            status=status,
        )

        program_enrollments_enrollment_update_request.additional_properties = d
        return program_enrollments_enrollment_update_request

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
