from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.program_enrollments_course_enrollment_status import (
    ProgramEnrollmentsCourseEnrollmentStatus,
)

T = TypeVar("T", bound="ProgramEnrollmentsCourseEnrollment")


@_attrs_define
class ProgramEnrollmentsCourseEnrollment:
    """A learner's enrollment in a course run through a program.

    Attributes:
        student_key (str): The learner's key in the partner's systems (external user key).
        status (ProgramEnrollmentsCourseEnrollmentStatus): The course enrollment's status.
        account_exists (bool): Whether the learner has an account on the platform.
        curriculum_uuid (UUID): The UUID of the curriculum of the learner's program enrollment.
        course_staff (bool): Whether the enrollment makes the learner course staff.
    """

    student_key: str
    status: ProgramEnrollmentsCourseEnrollmentStatus
    account_exists: bool
    curriculum_uuid: UUID
    course_staff: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        student_key = self.student_key

        status = self.status.value

        account_exists = self.account_exists

        curriculum_uuid = str(self.curriculum_uuid)

        course_staff = self.course_staff

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "student_key": student_key,
                "status": status,
                "account_exists": account_exists,
                "curriculum_uuid": curriculum_uuid,
                "course_staff": course_staff,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        student_key = d.pop("student_key")

        status = ProgramEnrollmentsCourseEnrollmentStatus(d.pop("status"))

        account_exists = d.pop("account_exists")
        if not (isinstance(account_exists, bool)):
            raise TypeError(
                f"account_exists: expected a boolean, got {type(account_exists).__name__}"
            )

        curriculum_uuid = UUID(d.pop("curriculum_uuid"))

        course_staff = d.pop("course_staff")
        if not (isinstance(course_staff, bool)):
            raise TypeError(
                f"course_staff: expected a boolean, got {type(course_staff).__name__}"
            )

        program_enrollments_course_enrollment = cls(
            student_key=student_key,
            status=status,
            account_exists=account_exists,
            curriculum_uuid=curriculum_uuid,
            course_staff=course_staff,
        )

        program_enrollments_course_enrollment.additional_properties = d
        return program_enrollments_course_enrollment

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
