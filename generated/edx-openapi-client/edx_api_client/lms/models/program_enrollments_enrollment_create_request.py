from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.program_enrollments_enrollment_create_request_status import (
    ProgramEnrollmentsEnrollmentCreateRequestStatus,
)

T = TypeVar("T", bound="ProgramEnrollmentsEnrollmentCreateRequest")


@_attrs_define
class ProgramEnrollmentsEnrollmentCreateRequest:
    """A learner to enroll in a program (or whose enrollment is rewritten).

    Attributes:
        student_key (str): The learner's key in the partner's systems (external user key).
        status (ProgramEnrollmentsEnrollmentCreateRequestStatus): The status the enrollment should have. Another value
            is not refused as a whole: that learner's outcome is `invalid-status`.
        curriculum_uuid (UUID): The UUID of the program curriculum.
    """

    student_key: str
    status: ProgramEnrollmentsEnrollmentCreateRequestStatus
    curriculum_uuid: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        student_key = self.student_key

        status = self.status.value

        curriculum_uuid = str(self.curriculum_uuid)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "student_key": student_key,
                "status": status,
                "curriculum_uuid": curriculum_uuid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        student_key = d.pop("student_key")

        status = ProgramEnrollmentsEnrollmentCreateRequestStatus(d.pop("status"))

        curriculum_uuid = UUID(d.pop("curriculum_uuid"))

        program_enrollments_enrollment_create_request = cls(
            student_key=student_key,
            status=status,
            curriculum_uuid=curriculum_uuid,
        )

        program_enrollments_enrollment_create_request.additional_properties = d
        return program_enrollments_enrollment_create_request

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
