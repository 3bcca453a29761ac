from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enrollment_course_details_pacing_type import (
    EnrollmentCourseDetailsPacingType,
)

if TYPE_CHECKING:
    from ..models.enrollment_course_mode import EnrollmentCourseMode


T = TypeVar("T", bound="EnrollmentCourseDetails")


@_attrs_define
class EnrollmentCourseDetails:
    """A course's enrollment information: its schedule, whether it is invitation-only, its pacing and its enrollment modes.

    Attributes:
        course_id (str): The course run key.
        course_name (str): The course's display name.
        enrollment_start (datetime.datetime | None): When enrollment opens; null when it is open from the course's
            creation.
        enrollment_end (datetime.datetime | None): When enrollment closes; null when it never closes.
        course_start (datetime.datetime | None): When the course starts; null when it is open from its creation.
        course_end (datetime.datetime | None): When the course ends; null when it never ends.
        invite_only (bool): Whether learners must be invited to enroll.
        course_modes (list[EnrollmentCourseMode]): The course's enrollment modes, the expired ones only when
            `include_expired` is asked for. A course without any mode of its own lists the platform's default mode.
        pacing_type (EnrollmentCourseDetailsPacingType): Whether the course is self-paced or instructor-paced.
    """

    course_id: str
    course_name: str
    enrollment_start: datetime.datetime | None
    enrollment_end: datetime.datetime | None
    course_start: datetime.datetime | None
    course_end: datetime.datetime | None
    invite_only: bool
    course_modes: list[EnrollmentCourseMode]
    pacing_type: EnrollmentCourseDetailsPacingType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_id = self.course_id

        course_name = self.course_name

        enrollment_start: None | str
        if isinstance(self.enrollment_start, datetime.datetime):
            enrollment_start = self.enrollment_start.isoformat()
        else:
            enrollment_start = self.enrollment_start

        enrollment_end: None | str
        if isinstance(self.enrollment_end, datetime.datetime):
            enrollment_end = self.enrollment_end.isoformat()
        else:
            enrollment_end = self.enrollment_end

        course_start: None | str
        if isinstance(self.course_start, datetime.datetime):
            course_start = self.course_start.isoformat()
        else:
            course_start = self.course_start

        course_end: None | str
        if isinstance(self.course_end, datetime.datetime):
            course_end = self.course_end.isoformat()
        else:
            course_end = self.course_end

        invite_only = self.invite_only

        course_modes = []
        for course_modes_item_data in self.course_modes:
            course_modes_item = course_modes_item_data.to_dict()
            course_modes.append(course_modes_item)

        pacing_type = self.pacing_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_id": course_id,
                "course_name": course_name,
                "enrollment_start": enrollment_start,
                "enrollment_end": enrollment_end,
                "course_start": course_start,
                "course_end": course_end,
                "invite_only": invite_only,
                "course_modes": course_modes,
                "pacing_type": pacing_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.enrollment_course_mode import EnrollmentCourseMode

        d = dict(src_dict)
        course_id = d.pop("course_id")

        course_name = d.pop("course_name")

        def _parse_enrollment_start(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                enrollment_start_type_0 = datetime.datetime.fromisoformat(data)

                return enrollment_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        enrollment_start = _parse_enrollment_start(d.pop("enrollment_start"))

        def _parse_enrollment_end(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                enrollment_end_type_0 = datetime.datetime.fromisoformat(data)

                return enrollment_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        enrollment_end = _parse_enrollment_end(d.pop("enrollment_end"))

        def _parse_course_start(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                course_start_type_0 = datetime.datetime.fromisoformat(data)

                return course_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        course_start = _parse_course_start(d.pop("course_start"))

        def _parse_course_end(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                course_end_type_0 = datetime.datetime.fromisoformat(data)

                return course_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        course_end = _parse_course_end(d.pop("course_end"))

        invite_only = d.pop("invite_only")
        if not (isinstance(invite_only, bool)):
            raise TypeError(
                f"invite_only: expected a boolean, got {type(invite_only).__name__}"
            )

        course_modes = []
        _course_modes = d.pop("course_modes")
        for course_modes_item_data in _course_modes:
            course_modes_item = EnrollmentCourseMode.from_dict(course_modes_item_data)

            course_modes.append(course_modes_item)

        pacing_type = EnrollmentCourseDetailsPacingType(d.pop("pacing_type"))

        enrollment_course_details = cls(
            course_id=course_id,
            course_name=course_name,
            enrollment_start=enrollment_start,
            enrollment_end=enrollment_end,
            course_start=course_start,
            course_end=course_end,
            invite_only=invite_only,
            course_modes=course_modes,
            pacing_type=pacing_type,
        )

        enrollment_course_details.additional_properties = d
        return enrollment_course_details

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
