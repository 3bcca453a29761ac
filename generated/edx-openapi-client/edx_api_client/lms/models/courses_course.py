from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.courses_course_pacing import CoursesCoursePacing
from ..models.courses_course_start_type import CoursesCourseStartType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.courses_media import CoursesMedia


T = TypeVar("T", bound="CoursesCourse")


@_attrs_define
class CoursesCourse:
    """A course as the course list returns it.

    Attributes:
        end (datetime.datetime | None): When the course ends (ISO 8601).
        enrollment_end (datetime.datetime | None): When enrollment ends (ISO 8601).
        enrollment_start (datetime.datetime | None): When enrollment begins (ISO 8601).
        media (CoursesMedia): The named media items of a course.
        name (str): The name of the course.
        number (str): The catalog number of the course.
        org (str): The name of the organization that owns the course.
        start (datetime.datetime | None): When the course begins (ISO 8601).
        start_display (str): The start of the course, formatted for reading.
        start_type (CoursesCourseStartType): How `start_display` was set: `string` by the course author, `timestamp`
            from the start date, `empty` when there is no start date.
        blocks_url (str | Unset): Deprecated. The URL from which the course blocks are fetched.
        course_id (str | Unset): Deprecated. The course key; use `id` instead.
        effort (None | str | Unset): A textual description of the weekly hours of effort the course expects.
        hidden (bool | Unset): Whether the course is hidden from the catalog (catalog visibility "about" or "none").
        id (str | Unset): The course's unique identifier, the serialized opaque course key.
        invitation_only (bool | Unset): Whether enrollment is by invitation only.
        mobile_available (bool | Unset): Whether the course is available on mobile.
        pacing (CoursesCoursePacing | Unset): The course pacing.
        short_description (None | str | Unset): A textual description of the course.
        description (str | Unset): A description of the course.
    """

    end: datetime.datetime | None
    enrollment_end: datetime.datetime | None
    enrollment_start: datetime.datetime | None
    media: CoursesMedia
    name: str
    number: str
    org: str
    start: datetime.datetime | None
    start_display: str
    start_type: CoursesCourseStartType
    blocks_url: str | Unset = UNSET
    course_id: str | Unset = UNSET
    effort: None | str | Unset = UNSET
    hidden: bool | Unset = UNSET
    id: str | Unset = UNSET
    invitation_only: bool | Unset = UNSET
    mobile_available: bool | Unset = UNSET
    pacing: CoursesCoursePacing | Unset = UNSET
    short_description: None | str | Unset = UNSET
    description: str | Unset = UNSET
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

        pacing: str | Unset = UNSET
        if not isinstance(self.pacing, Unset):
            pacing = self.pacing.value

        short_description: None | str | Unset
        if isinstance(self.short_description, Unset):
            short_description = UNSET
        else:
            short_description = self.short_description

        description = self.description

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
        if pacing is not UNSET:
            field_dict["pacing"] = pacing
        if short_description is not UNSET:
            field_dict["short_description"] = short_description
        if description is not UNSET:
            field_dict["description"] = description

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

        start_type = CoursesCourseStartType(d.pop("start_type"))

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

        _pacing = d.pop("pacing", UNSET)
        pacing: CoursesCoursePacing | Unset
        if isinstance(_pacing, Unset):
            pacing = UNSET
        else:
            pacing = CoursesCoursePacing(_pacing)

        def _parse_short_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        short_description = _parse_short_description(d.pop("short_description", UNSET))

        description = d.pop("description", UNSET)

        courses_course = cls(
            end=end,
            enrollment_end=enrollment_end,
            enrollment_start=enrollment_start,
            media=media,
            name=name,
            number=number,
            org=org,
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
            pacing=pacing,
            short_description=short_description,
            description=description,
        )

        courses_course.additional_properties = d
        return courses_course

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
