from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.program_enrollments_course_enrollment_request_status import (
    ProgramEnrollmentsCourseEnrollmentRequestStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgramEnrollmentsCourseEnrollmentRequest")


@_attrs_define
class ProgramEnrollmentsCourseEnrollmentRequest:
    """A learner whose enrollment in a course of the program is written.

    Attributes:
        student_key (str): The learner's key in the partner's systems (external user key).
        status (ProgramEnrollmentsCourseEnrollmentRequestStatus): The status the course enrollment should have. Another
            value is not refused as a whole: that learner's outcome is `invalid-status`.
        course_staff (bool | Unset): Whether the enrollment makes the learner course staff; left as it is when absent.
    """

    student_key: str
    status: ProgramEnrollmentsCourseEnrollmentRequestStatus
    course_staff: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        student_key = self.student_key

        status = self.status.value

        course_staff = self.course_staff

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "student_key": student_key,
                "status": status,
            }
        )
        if course_staff is not UNSET:
            field_dict["course_staff"] = course_staff

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        student_key = d.pop("student_key")

        status = ProgramEnrollmentsCourseEnrollmentRequestStatus(d.pop("status"))

        course_staff = d.pop("course_staff", UNSET)
        if not isinstance(course_staff, Unset) and not (isinstance(course_staff, bool)):
            raise TypeError(
                f"course_staff: expected a boolean, got {type(course_staff).__name__}"
            )

        program_enrollments_course_enrollment_request = cls(
            student_key=student_key,
            status=status,
            course_staff=course_staff,
        )

        program_enrollments_course_enrollment_request.additional_properties = d
        return program_enrollments_course_enrollment_request

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
