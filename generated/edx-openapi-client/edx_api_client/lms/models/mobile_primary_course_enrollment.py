from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mobile_course_enrollment_progress import (
        MobileCourseEnrollmentProgress,
    )
    from ..models.mobile_course_mode import MobileCourseMode
    from ..models.mobile_enrollment_certificate import MobileEnrollmentCertificate
    from ..models.mobile_enrollment_course import MobileEnrollmentCourse
    from ..models.mobile_primary_course_enrollment_course_assignments import (
        MobilePrimaryCourseEnrollmentCourseAssignments,
    )
    from ..models.mobile_primary_course_status import MobilePrimaryCourseStatus


T = TypeVar("T", bound="MobilePrimaryCourseEnrollment")


@_attrs_define
class MobilePrimaryCourseEnrollment:
    """v4: the enrollment with the latest activity, taken out of the list, with the learner's last position, progress and
    assignments in it.

        Attributes:
            created (datetime.datetime): When the enrollment was created.
            is_active (bool): Whether the course is currently active (true or false).
            mode (str): The type of certificate registration for the course, such as honor or certified.
            course (MobileEnrollmentCourse): Data about the course of an enrollment. Every member is always present.
            certificate (MobileEnrollmentCertificate): The user's certificate in the course; empty when it cannot be
                downloaded.
            audit_access_expires (datetime.datetime | None | Unset): When the user's audit access to the course expires, or
                null when it does not (not sent by v0.5).
            course_modes (list[MobileCourseMode] | Unset): The course's modes, including those not selectable (not sent by
                v0.5).
            course_progress (MobileCourseEnrollmentProgress | Unset): The learner's assignments in the course and how many
                are done.
            course_status (MobilePrimaryCourseStatus | None | Unset): Where the learner stopped in the course, or null when
                that is unknown.
            course_assignments (MobilePrimaryCourseEnrollmentCourseAssignments | Unset): The learner's upcoming and past
                assignments, as course dates.
    """

    created: datetime.datetime
    is_active: bool
    mode: str
    course: MobileEnrollmentCourse
    certificate: MobileEnrollmentCertificate
    audit_access_expires: datetime.datetime | None | Unset = UNSET
    course_modes: list[MobileCourseMode] | Unset = UNSET
    course_progress: MobileCourseEnrollmentProgress | Unset = UNSET
    course_status: MobilePrimaryCourseStatus | None | Unset = UNSET
    course_assignments: MobilePrimaryCourseEnrollmentCourseAssignments | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.mobile_primary_course_status import MobilePrimaryCourseStatus

        created = self.created.isoformat()

        is_active = self.is_active

        mode = self.mode

        course = self.course.to_dict()

        certificate = self.certificate.to_dict()

        audit_access_expires: None | str | Unset
        if isinstance(self.audit_access_expires, Unset):
            audit_access_expires = UNSET
        elif isinstance(self.audit_access_expires, datetime.datetime):
            audit_access_expires = self.audit_access_expires.isoformat()
        else:
            audit_access_expires = self.audit_access_expires

        course_modes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.course_modes, Unset):
            course_modes = []
            for course_modes_item_data in self.course_modes:
                course_modes_item = course_modes_item_data.to_dict()
                course_modes.append(course_modes_item)

        course_progress: dict[str, Any] | Unset = UNSET
        if not isinstance(self.course_progress, Unset):
            course_progress = self.course_progress.to_dict()

        course_status: dict[str, Any] | None | Unset
        if isinstance(self.course_status, Unset):
            course_status = UNSET
        elif isinstance(self.course_status, MobilePrimaryCourseStatus):
            course_status = self.course_status.to_dict()
        else:
            course_status = self.course_status

        course_assignments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.course_assignments, Unset):
            course_assignments = self.course_assignments.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created": created,
                "is_active": is_active,
                "mode": mode,
                "course": course,
                "certificate": certificate,
            }
        )
        if audit_access_expires is not UNSET:
            field_dict["audit_access_expires"] = audit_access_expires
        if course_modes is not UNSET:
            field_dict["course_modes"] = course_modes
        if course_progress is not UNSET:
            field_dict["course_progress"] = course_progress
        if course_status is not UNSET:
            field_dict["course_status"] = course_status
        if course_assignments is not UNSET:
            field_dict["course_assignments"] = course_assignments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mobile_course_enrollment_progress import (
            MobileCourseEnrollmentProgress,
        )
        from ..models.mobile_course_mode import MobileCourseMode
        from ..models.mobile_enrollment_certificate import MobileEnrollmentCertificate
        from ..models.mobile_enrollment_course import MobileEnrollmentCourse
        from ..models.mobile_primary_course_enrollment_course_assignments import (
            MobilePrimaryCourseEnrollmentCourseAssignments,
        )
        from ..models.mobile_primary_course_status import MobilePrimaryCourseStatus

        d = dict(src_dict)
        created = datetime.datetime.fromisoformat(d.pop("created"))

        is_active = d.pop("is_active")
        if not (isinstance(is_active, bool)):
            raise TypeError(
                f"is_active: expected a boolean, got {type(is_active).__name__}"
            )

        mode = d.pop("mode")

        course = MobileEnrollmentCourse.from_dict(d.pop("course"))

        certificate = MobileEnrollmentCertificate.from_dict(d.pop("certificate"))

        def _parse_audit_access_expires(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                audit_access_expires_type_0 = datetime.datetime.fromisoformat(data)

                return audit_access_expires_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        audit_access_expires = _parse_audit_access_expires(
            d.pop("audit_access_expires", UNSET)
        )

        _course_modes = d.pop("course_modes", UNSET)
        course_modes: list[MobileCourseMode] | Unset = UNSET
        if _course_modes is not UNSET:
            course_modes = []
            for course_modes_item_data in _course_modes:
                course_modes_item = MobileCourseMode.from_dict(course_modes_item_data)

                course_modes.append(course_modes_item)

        _course_progress = d.pop("course_progress", UNSET)
        course_progress: MobileCourseEnrollmentProgress | Unset
        if isinstance(_course_progress, Unset):
            course_progress = UNSET
        else:
            course_progress = MobileCourseEnrollmentProgress.from_dict(_course_progress)

        def _parse_course_status(
            data: object,
        ) -> MobilePrimaryCourseStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                course_status_type_0 = MobilePrimaryCourseStatus.from_dict(data)

                return course_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MobilePrimaryCourseStatus | None | Unset, data)

        course_status = _parse_course_status(d.pop("course_status", UNSET))

        _course_assignments = d.pop("course_assignments", UNSET)
        course_assignments: MobilePrimaryCourseEnrollmentCourseAssignments | Unset
        if isinstance(_course_assignments, Unset):
            course_assignments = UNSET
        else:
            course_assignments = (
                MobilePrimaryCourseEnrollmentCourseAssignments.from_dict(
                    _course_assignments
                )
            )

        mobile_primary_course_enrollment = cls(
            created=created,
            is_active=is_active,
            mode=mode,
            course=course,
            certificate=certificate,
            audit_access_expires=audit_access_expires,
            course_modes=course_modes,
            course_progress=course_progress,
            course_status=course_status,
            course_assignments=course_assignments,
        )

        mobile_primary_course_enrollment.additional_properties = d
        return mobile_primary_course_enrollment

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
