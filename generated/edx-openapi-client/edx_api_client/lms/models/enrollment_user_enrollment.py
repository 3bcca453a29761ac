from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.enrollment_course_details import EnrollmentCourseDetails


T = TypeVar("T", bound="EnrollmentUserEnrollment")


@_attrs_define
class EnrollmentUserEnrollment:
    """A user's enrollment in a course, with the course's enrollment information.

    Attributes:
        created (datetime.datetime): When the enrollment was created.
        mode (str): The slug of the enrollment's course mode (`audit`, `verified`, ...).
        is_active (bool): Whether the enrollment is active.
        course_details (EnrollmentCourseDetails): A course's enrollment information: its schedule, whether it is
            invitation-only, its pacing and its enrollment modes.
        user (str): The username of the enrolled user.
    """

    created: datetime.datetime
    mode: str
    is_active: bool
    course_details: EnrollmentCourseDetails
    user: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created = self.created.isoformat()

        mode = self.mode

        is_active = self.is_active

        course_details = self.course_details.to_dict()

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created": created,
                "mode": mode,
                "is_active": is_active,
                "course_details": course_details,
                "user": user,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.enrollment_course_details import EnrollmentCourseDetails

        d = dict(src_dict)
        created = datetime.datetime.fromisoformat(d.pop("created"))

        mode = d.pop("mode")

        is_active = d.pop("is_active")
        if not (isinstance(is_active, bool)):
            raise TypeError(
                f"is_active: expected a boolean, got {type(is_active).__name__}"
            )

        course_details = EnrollmentCourseDetails.from_dict(d.pop("course_details"))

        user = d.pop("user")

        enrollment_user_enrollment = cls(
            created=created,
            mode=mode,
            is_active=is_active,
            course_details=course_details,
            user=user,
        )

        enrollment_user_enrollment.additional_properties = d
        return enrollment_user_enrollment

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
