from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

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
        end (datetime.datetime): When the course ends (ISO 8601).
        enrollment_end (datetime.datetime): When enrollment ends (ISO 8601).
        enrollment_start (datetime.datetime): When enrollment begins (ISO 8601).
        media (CoursesMedia): The named media items of a course.
        name (str): The name of the course.
        number (str): The catalog number of the course.
        org (str): The name of the organization that owns the course.
        start (datetime.datetime): When the course begins (ISO 8601).
        start_display (str): The start of the course, formatted for reading.
        start_type (CoursesCourseStartType): How `start_display` was set: `string` by the course author, `timestamp`
            from the start date, `empty` when there is no start date.
        blocks_url (str | Unset): Deprecated. The URL from which the course blocks are fetched.
        course_id (str | Unset): Deprecated. The course key; use `id` instead.
        effort (str | Unset): A textual description of the weekly hours of effort the course expects.
        hidden (str | Unset): Whether the course is hidden.
        id (str | Unset): The course's unique identifier, the serialized opaque course key.
        invitation_only (bool | Unset): Whether enrollment is by invitation only.
        mobile_available (bool | Unset): Whether the course is available on mobile.
        pacing (CoursesCoursePacing | Unset): The course pacing.
        short_description (str | Unset): A textual description of the course.
        description (str | Unset): A description of the course.
    """

    end: datetime.datetime
    enrollment_end: datetime.datetime
    enrollment_start: datetime.datetime
    media: CoursesMedia
    name: str
    number: str
    org: str
    start: datetime.datetime
    start_display: str
    start_type: CoursesCourseStartType
    blocks_url: str | Unset = UNSET
    course_id: str | Unset = UNSET
    effort: str | Unset = UNSET
    hidden: str | Unset = UNSET
    id: str | Unset = UNSET
    invitation_only: bool | Unset = UNSET
    mobile_available: bool | Unset = UNSET
    pacing: CoursesCoursePacing | Unset = UNSET
    short_description: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end = self.end.isoformat()

        enrollment_end = self.enrollment_end.isoformat()

        enrollment_start = self.enrollment_start.isoformat()

        media = self.media.to_dict()

        name = self.name

        number = self.number

        org = self.org

        start = self.start.isoformat()

        start_display = self.start_display

        start_type = self.start_type.value

        blocks_url = self.blocks_url

        course_id = self.course_id

        effort = self.effort

        hidden = self.hidden

        id = self.id

        invitation_only = self.invitation_only

        mobile_available = self.mobile_available

        pacing: str | Unset = UNSET
        if not isinstance(self.pacing, Unset):
            pacing = self.pacing.value

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
        end = datetime.datetime.fromisoformat(d.pop("end"))

        enrollment_end = datetime.datetime.fromisoformat(d.pop("enrollment_end"))

        enrollment_start = datetime.datetime.fromisoformat(d.pop("enrollment_start"))

        media = CoursesMedia.from_dict(d.pop("media"))

        name = d.pop("name")

        number = d.pop("number")

        org = d.pop("org")

        start = datetime.datetime.fromisoformat(d.pop("start"))

        start_display = d.pop("start_display")

        start_type = CoursesCourseStartType(d.pop("start_type"))

        blocks_url = d.pop("blocks_url", UNSET)

        course_id = d.pop("course_id", UNSET)

        effort = d.pop("effort", UNSET)

        hidden = d.pop("hidden", UNSET)

        id = d.pop("id", UNSET)

        invitation_only = d.pop("invitation_only", UNSET)

        mobile_available = d.pop("mobile_available", UNSET)

        _pacing = d.pop("pacing", UNSET)
        pacing: CoursesCoursePacing | Unset
        if isinstance(_pacing, Unset):
            pacing = UNSET
        else:
            pacing = CoursesCoursePacing(_pacing)

        short_description = d.pop("short_description", UNSET)

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
