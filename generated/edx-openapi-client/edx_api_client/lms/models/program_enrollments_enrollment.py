from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.program_enrollments_enrollment_status import (
    ProgramEnrollmentsEnrollmentStatus,
)

T = TypeVar("T", bound="ProgramEnrollmentsEnrollment")


@_attrs_define
class ProgramEnrollmentsEnrollment:
    """A learner's enrollment in a program.

    Attributes:
        student_key (str): The learner's key in the partner's systems (external user key).
        status (ProgramEnrollmentsEnrollmentStatus): The enrollment's status.
        account_exists (bool): Whether the learner has an account on the platform (the enrollment is linked to a user).
        curriculum_uuid (UUID): The UUID of the program curriculum the learner is enrolled in.
        username (str): The linked user's username; empty while no account is linked.
        email (str): The linked user's email address; empty while no account is linked.
    """

    student_key: str
    status: ProgramEnrollmentsEnrollmentStatus
    account_exists: bool
    curriculum_uuid: UUID
    username: str
    email: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        student_key = self.student_key

        status = self.status.value

        account_exists = self.account_exists

        curriculum_uuid = str(self.curriculum_uuid)

        username = self.username

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "student_key": student_key,
                "status": status,
                "account_exists": account_exists,
                "curriculum_uuid": curriculum_uuid,
                "username": username,
                "email": email,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        student_key = d.pop("student_key")

        status = ProgramEnrollmentsEnrollmentStatus(d.pop("status"))

        account_exists = d.pop("account_exists")
        if not (isinstance(account_exists, bool)):
            raise TypeError(
                f"account_exists: expected a boolean, got {type(account_exists).__name__}"
            )

        curriculum_uuid = UUID(d.pop("curriculum_uuid"))

        username = d.pop("username")

        email = d.pop("email")

        program_enrollments_enrollment = cls(
            student_key=student_key,
            status=status,
            account_exists=account_exists,
            curriculum_uuid=curriculum_uuid,
            username=username,
            email=email,
        )

        program_enrollments_enrollment.additional_properties = d
        return program_enrollments_enrollment

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
