from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.courses_course_detail_pacing import CoursesCourseDetailPacing
from ..models.courses_course_detail_start_type import CoursesCourseDetailStartType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.courses_media import CoursesMedia


T = TypeVar("T", bound="CoursesCourseDetail")


@_attrs_define
class CoursesCourseDetail:
    """A course's details as the course detail operation returns them.

    Attributes:
        end (datetime.datetime | None): When the course ends (ISO 8601).
        enrollment_end (datetime.datetime | None): When enrollment ends (ISO 8601).
        enrollment_start (datetime.datetime | None): When enrollment begins (ISO 8601).
        media (CoursesMedia): The named media items of a course.
        name (str): The name of the course.
        number (str): The catalog number of the course.
        org (str): The name of the organization that owns the course.
        pacing (CoursesCourseDetailPacing): The course pacing.
        start (datetime.datetime | None): When the course begins (ISO 8601).
        start_display (str): The start of the course, formatted for reading.
        start_type (CoursesCourseDetailStartType): How `start_display` was set: `string` by the course author,
            `timestamp` from the start date, `empty` when there is no start date.
        blocks_url (str | Unset): Deprecated. The URL from which the course blocks are fetched.
        course_id (str | Unset): Deprecated. The course key; use `id` instead.
        effort (None | str | Unset): A textual description of the weekly hours of effort the course expects.
        hidden (bool | Unset): Whether the course is hidden from the catalog (catalog visibility "about" or "none").
        id (str | Unset): The course's unique identifier, the serialized opaque course key.
        invitation_only (bool | Unset): Whether enrollment is by invitation only.
        mobile_available (bool | Unset): Whether the course is available on mobile.
        overview (str | Unset): A possibly long HTML description of the course; only the detail operation returns it,
            not the course list.
        is_enrolled (bool | Unset): Whether the user named in `username` is enrolled in the course. Only present when
            `username` is given and the caller is that user, or staff.
        short_description (None | str | Unset): A textual description of the course.
        description (str | Unset): A description of the course.
        certificate_available_date (datetime.datetime | Unset): When the certificate becomes available (ISO 8601); only
            returned when the certificates.auto_certificate_generation waffle switch is enabled.
    """

    end: datetime.datetime | None
    enrollment_end: datetime.datetime | None
    enrollment_start: datetime.datetime | None
    media: CoursesMedia
    name: str
    number: str
    org: str
    pacing: CoursesCourseDetailPacing
    start: datetime.datetime | None
    start_display: str
    start_type: CoursesCourseDetailStartType
    blocks_url: str | Unset = UNSET
    course_id: str | Unset = UNSET
    effort: None | str | Unset = UNSET
    hidden: bool | Unset = UNSET
    id: str | Unset = UNSET
    invitation_only: bool | Unset = UNSET
    mobile_available: bool | Unset = UNSET
    overview: str | Unset = UNSET
    is_enrolled: bool | Unset = UNSET
    short_description: None | str | Unset = UNSET
    description: str | Unset = UNSET
    certificate_available_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end: None | str
        if isinstance(self.end, datetime.datetime):
            end = self.end.isoformat()
        else:
            end = self.end

        enrollment_end: None | str
        if isinstance(self.enrollment_end, datetime.datetime):
            enrollment_end = self.enrollment_end.isoformat()
        else:
            enrollment_end = self.enrollment_end

        enrollment_start: None | str
        if isinstance(self.enrollment_start, datetime.datetime):
            enrollment_start = self.enrollment_start.isoformat()
        else:
            enrollment_start = self.enrollment_start

        media = self.media.to_dict()

        name = self.name

        number = self.number

        org = self.org

        pacing = self.pacing.value

        start: None | str
        if isinstance(self.start, datetime.datetime):
            start = self.start.isoformat()
        else:
            start = self.start

        start_display = self.start_display

        start_type = self.start_type.value

        blocks_url = self.blocks_url

        course_id = self.course_id

        effort: None | str | Unset
        if isinstance(self.effort, Unset):
            effort = UNSET
        else:
            effort = self.effort

        hidden = self.hidden

        id = self.id

        invitation_only = self.invitation_only

        mobile_available = self.mobile_available

        overview = self.overview

        is_enrolled = self.is_enrolled

        short_description: None | str | Unset
        if isinstance(self.short_description, Unset):
            short_description = UNSET
        else:
            short_description = self.short_description

        description = self.description

        certificate_available_date: str | Unset = UNSET
        if not isinstance(self.certificate_available_date, Unset):
            certificate_available_date = self.certificate_available_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "end": end,
                "enrollment_end": enrollment_end,
                "enrollment_start": enrollment_start,
                "media": media,
                "name": name,
                "number": number,
                "org": org,
                "pacing": pacing,
                "start": start,
                "start_display": start_display,
                "start_type": start_type,
            }
        )
        if blocks_url is not UNSET:
            field_dict["blocks_url"] = blocks_url
        if course_id is not UNSET:
            field_dict["course_id"] = course_id
        if effort is not UNSET:
            field_dict["effort"] = effort
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if id is not UNSET:
            field_dict["id"] = id
        if invitation_only is not UNSET:
            field_dict["invitation_only"] = invitation_only
        if mobile_available is not UNSET:
            field_dict["mobile_available"] = mobile_available
        if overview is not UNSET:
            field_dict["overview"] = overview
        if is_enrolled is not UNSET:
            field_dict["is_enrolled"] = is_enrolled
        if short_description is not UNSET:
            field_dict["short_description"] = short_description
        if description is not UNSET:
            field_dict["description"] = description
        if certificate_available_date is not UNSET:
            field_dict["certificate_available_date"] = certificate_available_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.courses_media import CoursesMedia

        d = dict(src_dict)

        def _parse_end(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_type_0 = datetime.datetime.fromisoformat(data)

                return end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        end = _parse_end(d.pop("end"))

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

        media = CoursesMedia.from_dict(d.pop("media"))

        name = d.pop("name")

        number = d.pop("number")

        org = d.pop("org")

        pacing = CoursesCourseDetailPacing(d.pop("pacing"))

        def _parse_start(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_type_0 = datetime.datetime.fromisoformat(data)

                return start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        start = _parse_start(d.pop("start"))

        start_display = d.pop("start_display")

        start_type = CoursesCourseDetailStartType(d.pop("start_type"))

        blocks_url = d.pop("blocks_url", UNSET)

        course_id = d.pop("course_id", UNSET)

        def _parse_effort(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        effort = _parse_effort(d.pop("effort", UNSET))

        hidden = d.pop("hidden", UNSET)
        if not isinstance(hidden, Unset) and not (isinstance(hidden, bool)):
            raise TypeError(f"hidden: expected a boolean, got {type(hidden).__name__}")

        id = d.pop("id", UNSET)

        invitation_only = d.pop("invitation_only", UNSET)
        if not isinstance(invitation_only, Unset) and not (
            isinstance(invitation_only, bool)
        ):
            raise TypeError(
                f"invitation_only: expected a boolean, got {type(invitation_only).__name__}"
            )

        mobile_available = d.pop("mobile_available", UNSET)
        if not isinstance(mobile_available, Unset) and not (
            isinstance(mobile_available, bool)
        ):
            raise TypeError(
                f"mobile_available: expected a boolean, got {type(mobile_available).__name__}"
            )

        overview = d.pop("overview", UNSET)

        is_enrolled = d.pop("is_enrolled", UNSET)
        if not isinstance(is_enrolled, Unset) and not (isinstance(is_enrolled, bool)):
            raise TypeError(
                f"is_enrolled: expected a boolean, got {type(is_enrolled).__name__}"
            )

        def _parse_short_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        short_description = _parse_short_description(d.pop("short_description", UNSET))

        description = d.pop("description", UNSET)

        _certificate_available_date = d.pop("certificate_available_date", UNSET)
        certificate_available_date: datetime.datetime | Unset
        if isinstance(_certificate_available_date, Unset):
            certificate_available_date = UNSET
        else:
            certificate_available_date = datetime.datetime.fromisoformat(
                _certificate_available_date
            )

        courses_course_detail = cls(
            end=end,
            enrollment_end=enrollment_end,
            enrollment_start=enrollment_start,
            media=media,
            name=name,
            number=number,
            org=org,
            pacing=pacing,
            start=start,
            start_display=start_display,
            start_type=start_type,
            blocks_url=blocks_url,
            course_id=course_id,
            effort=effort,
            hidden=hidden,
            id=id,
            invitation_only=invitation_only,
            mobile_available=mobile_available,
            overview=overview,
            is_enrolled=is_enrolled,
            short_description=short_description,
            description=description,
            certificate_available_date=certificate_available_date,
        )

        courses_course_detail.additional_properties = d
        return courses_course_detail

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
