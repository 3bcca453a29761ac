from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mobile_enrollment_course_start_type import MobileEnrollmentCourseStartType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mobile_enrollment_course_courseware_access import (
        MobileEnrollmentCourseCoursewareAccess,
    )


T = TypeVar("T", bound="MobileEnrollmentCourse")


@_attrs_define
class MobileEnrollmentCourse:
    """Data about the course of an enrollment. The doc describes these members in prose without types; a URL or URI is
    typed as one, the other text values as strings.

        Attributes:
            courseware_access (MobileEnrollmentCourseCoursewareAccess | Unset): The user's access to the course, including
                any access errors, as a JSON object.
            course_about (str | Unset): The URL of the course about page.
            course_sharing_utm_parameters (str | Unset): The encoded UTM parameters to add to the course sharing URL.
            course_handouts (str | Unset): The URI of the course handouts data.
            course_image (str | Unset): The path of the course image.
            course_updates (str | Unset): The URI of the course updates data.
            discussion_url (None | str | Unset): The URI of the course discussions data when discussions are enabled,
                otherwise null.
            end (str | Unset): The end date of the course.
            id (str | Unset): The unique id of the course.
            name (str | Unset): The name of the course.
            number (str | Unset): The course number.
            org (str | Unset): The organization that created the course.
            start (str | Unset): The date and time the course starts.
            start_display (None | str | Unset): The start as advertised (when start_type is "string"), a formatted start
                date (when it is "timestamp"), or null (when it is "empty": the course has not started yet).
            start_type (MobileEnrollmentCourseStartType | Unset): How `start_display` is to be read.
            subscription_id (str | Unset): A unique "clean" id of the course (letters, digits and '_').
            video_outline (str | Unset): The URI of the list of the course videos the user can access.
    """

    courseware_access: MobileEnrollmentCourseCoursewareAccess | Unset = UNSET
    course_about: str | Unset = UNSET
    course_sharing_utm_parameters: str | Unset = UNSET
    course_handouts: str | Unset = UNSET
    course_image: str | Unset = UNSET
    course_updates: str | Unset = UNSET
    discussion_url: None | str | Unset = UNSET
    end: str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    number: str | Unset = UNSET
    org: str | Unset = UNSET
    start: str | Unset = UNSET
    start_display: None | str | Unset = UNSET
    start_type: MobileEnrollmentCourseStartType | Unset = UNSET
    subscription_id: str | Unset = UNSET
    video_outline: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        courseware_access: dict[str, Any] | Unset = UNSET
        if not isinstance(self.courseware_access, Unset):
            courseware_access = self.courseware_access.to_dict()

        course_about = self.course_about

        course_sharing_utm_parameters = self.course_sharing_utm_parameters

        course_handouts = self.course_handouts

        course_image = self.course_image

        course_updates = self.course_updates

        discussion_url: None | str | Unset
        if isinstance(self.discussion_url, Unset):
            discussion_url = UNSET
        else:
            discussion_url = self.discussion_url

        end = self.end

        id = self.id

        name = self.name

        number = self.number

        org = self.org

        start = self.start

        start_display: None | str | Unset
        if isinstance(self.start_display, Unset):
            start_display = UNSET
        else:
            start_display = self.start_display

        start_type: str | Unset = UNSET
        if not isinstance(self.start_type, Unset):
            start_type = self.start_type.value

        subscription_id = self.subscription_id

        video_outline = self.video_outline

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if courseware_access is not UNSET:
            field_dict["courseware_access"] = courseware_access
        if course_about is not UNSET:
            field_dict["course_about"] = course_about
        if course_sharing_utm_parameters is not UNSET:
            field_dict["course_sharing_utm_parameters"] = course_sharing_utm_parameters
        if course_handouts is not UNSET:
            field_dict["course_handouts"] = course_handouts
        if course_image is not UNSET:
            field_dict["course_image"] = course_image
        if course_updates is not UNSET:
            field_dict["course_updates"] = course_updates
        if discussion_url is not UNSET:
            field_dict["discussion_url"] = discussion_url
        if end is not UNSET:
            field_dict["end"] = end
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if number is not UNSET:
            field_dict["number"] = number
        if org is not UNSET:
            field_dict["org"] = org
        if start is not UNSET:
            field_dict["start"] = start
        if start_display is not UNSET:
            field_dict["start_display"] = start_display
        if start_type is not UNSET:
            field_dict["start_type"] = start_type
        if subscription_id is not UNSET:
            field_dict["subscription_id"] = subscription_id
        if video_outline is not UNSET:
            field_dict["video_outline"] = video_outline

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mobile_enrollment_course_courseware_access import (
            MobileEnrollmentCourseCoursewareAccess,
        )

        d = dict(src_dict)
        _courseware_access = d.pop("courseware_access", UNSET)
        courseware_access: MobileEnrollmentCourseCoursewareAccess | Unset
        if isinstance(_courseware_access, Unset):
            courseware_access = UNSET
        else:
            courseware_access = MobileEnrollmentCourseCoursewareAccess.from_dict(
                _courseware_access
            )

        course_about = d.pop("course_about", UNSET)

        course_sharing_utm_parameters = d.pop("course_sharing_utm_parameters", UNSET)

        course_handouts = d.pop("course_handouts", UNSET)

        course_image = d.pop("course_image", UNSET)

        course_updates = d.pop("course_updates", UNSET)

        def _parse_discussion_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        discussion_url = _parse_discussion_url(d.pop("discussion_url", UNSET))

        end = d.pop("end", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        number = d.pop("number", UNSET)

        org = d.pop("org", UNSET)

        start = d.pop("start", UNSET)

        def _parse_start_display(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_display = _parse_start_display(d.pop("start_display", UNSET))

        _start_type = d.pop("start_type", UNSET)
        start_type: MobileEnrollmentCourseStartType | Unset
        if isinstance(_start_type, Unset):
            start_type = UNSET
        else:
            start_type = MobileEnrollmentCourseStartType(_start_type)

        subscription_id = d.pop("subscription_id", UNSET)

        video_outline = d.pop("video_outline", UNSET)

        mobile_enrollment_course = cls(
            courseware_access=courseware_access,
            course_about=course_about,
            course_sharing_utm_parameters=course_sharing_utm_parameters,
            course_handouts=course_handouts,
            course_image=course_image,
            course_updates=course_updates,
            discussion_url=discussion_url,
            end=end,
            id=id,
            name=name,
            number=number,
            org=org,
            start=start,
            start_display=start_display,
            start_type=start_type,
            subscription_id=subscription_id,
            video_outline=video_outline,
        )

        mobile_enrollment_course.additional_properties = d
        return mobile_enrollment_course

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
