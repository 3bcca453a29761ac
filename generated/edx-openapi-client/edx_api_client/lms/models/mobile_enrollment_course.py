from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mobile_enrollment_course_start_type import MobileEnrollmentCourseStartType

if TYPE_CHECKING:
    from ..models.mobile_course_access import MobileCourseAccess
    from ..models.mobile_enrollment_course_course_sharing_utm_parameters import (
        MobileEnrollmentCourseCourseSharingUtmParameters,
    )
    from ..models.mobile_enrollment_course_media import MobileEnrollmentCourseMedia


T = TypeVar("T", bound="MobileEnrollmentCourse")


@_attrs_define
class MobileEnrollmentCourse:
    """Data about the course of an enrollment. Every member is always present.

    Attributes:
        id (str): The unique id of the course.
        name (None | str): The name of the course.
        number (str): The course number.
        org (str): The organization that created the course.
        org_logo (Any): The logo of the course's organization, as the platform's helper gives it (not typed here).
        start (datetime.datetime | None): The date and time the course starts.
        start_display (None | str): The start as advertised (when start_type is "string"), a formatted start date (when
            it is "timestamp"), or null (when it is "empty").
        start_type (MobileEnrollmentCourseStartType): How `start_display` is to be read.
        end (datetime.datetime | None): The end date of the course, or null.
        dynamic_upgrade_deadline (datetime.datetime | None): The last moment the requesting user can upgrade this
            enrollment, or null.
        subscription_id (str): A "clean" id of the course (letters, digits and '_').
        courseware_access (MobileCourseAccess): The result of the check whether the user may load the course on mobile.
        media (MobileEnrollmentCourseMedia): The named media items of the course.
        course_image (str): The path of the course image.
        course_about (str): The URL of the course about page.
        course_sharing_utm_parameters (MobileEnrollmentCourseCourseSharingUtmParameters): The UTM parameters to add to
            the course sharing URL, one URL-encoded query string per sharing site (`facebook`, `twitter`).
        course_updates (str): The URI of the course updates data.
        course_handouts (str): The URI of the course handouts data.
        discussion_url (None | str): The URI of the course discussions data when discussions are enabled, otherwise
            null.
        video_outline (None): Always null: the video outline API was removed, and the field is kept for clients that
            expect it.
        is_self_paced (bool): Whether the course is self-paced.
    """

    id: str
    name: None | str
    number: str
    org: str
    org_logo: Any
    start: datetime.datetime | None
    start_display: None | str
    start_type: MobileEnrollmentCourseStartType
    end: datetime.datetime | None
    dynamic_upgrade_deadline: datetime.datetime | None
    subscription_id: str
    courseware_access: MobileCourseAccess
    media: MobileEnrollmentCourseMedia
    course_image: str
    course_about: str
    course_sharing_utm_parameters: MobileEnrollmentCourseCourseSharingUtmParameters
    course_updates: str
    course_handouts: str
    discussion_url: None | str
    video_outline: None
    is_self_paced: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str
        name = self.name

        number = self.number

        org = self.org

        org_logo = self.org_logo

        start: None | str
        if isinstance(self.start, datetime.datetime):
            start = self.start.isoformat()
        else:
            start = self.start

        start_display: None | str
        start_display = self.start_display

        start_type = self.start_type.value

        end: None | str
        if isinstance(self.end, datetime.datetime):
            end = self.end.isoformat()
        else:
            end = self.end

        dynamic_upgrade_deadline: None | str
        if isinstance(self.dynamic_upgrade_deadline, datetime.datetime):
            dynamic_upgrade_deadline = self.dynamic_upgrade_deadline.isoformat()
        else:
            dynamic_upgrade_deadline = self.dynamic_upgrade_deadline

        subscription_id = self.subscription_id

        courseware_access = self.courseware_access.to_dict()

        media = self.media.to_dict()

        course_image = self.course_image

        course_about = self.course_about

        course_sharing_utm_parameters = self.course_sharing_utm_parameters.to_dict()

        course_updates = self.course_updates

        course_handouts = self.course_handouts

        discussion_url: None | str
        discussion_url = self.discussion_url

        video_outline = self.video_outline

        is_self_paced = self.is_self_paced

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "number": number,
                "org": org,
                "org_logo": org_logo,
                "start": start,
                "start_display": start_display,
                "start_type": start_type,
                "end": end,
                "dynamic_upgrade_deadline": dynamic_upgrade_deadline,
                "subscription_id": subscription_id,
                "courseware_access": courseware_access,
                "media": media,
                "course_image": course_image,
                "course_about": course_about,
                "course_sharing_utm_parameters": course_sharing_utm_parameters,
                "course_updates": course_updates,
                "course_handouts": course_handouts,
                "discussion_url": discussion_url,
                "video_outline": video_outline,
                "is_self_paced": is_self_paced,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mobile_course_access import MobileCourseAccess
        from ..models.mobile_enrollment_course_course_sharing_utm_parameters import (
            MobileEnrollmentCourseCourseSharingUtmParameters,
        )
        from ..models.mobile_enrollment_course_media import MobileEnrollmentCourseMedia

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        number = d.pop("number")

        org = d.pop("org")

        org_logo = d.pop("org_logo")

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

        def _parse_start_display(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        start_display = _parse_start_display(d.pop("start_display"))

        start_type = MobileEnrollmentCourseStartType(d.pop("start_type"))

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

        def _parse_dynamic_upgrade_deadline(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                dynamic_upgrade_deadline_type_0 = datetime.datetime.fromisoformat(data)

                return dynamic_upgrade_deadline_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        dynamic_upgrade_deadline = _parse_dynamic_upgrade_deadline(
            d.pop("dynamic_upgrade_deadline")
        )

        subscription_id = d.pop("subscription_id")

        courseware_access = MobileCourseAccess.from_dict(d.pop("courseware_access"))

        media = MobileEnrollmentCourseMedia.from_dict(d.pop("media"))

        course_image = d.pop("course_image")

        course_about = d.pop("course_about")

        course_sharing_utm_parameters = (
            MobileEnrollmentCourseCourseSharingUtmParameters.from_dict(
                d.pop("course_sharing_utm_parameters")
            )
        )

        course_updates = d.pop("course_updates")

        course_handouts = d.pop("course_handouts")

        def _parse_discussion_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        discussion_url = _parse_discussion_url(d.pop("discussion_url"))

        video_outline = d.pop("video_outline")

        is_self_paced = d.pop("is_self_paced")
        if not (isinstance(is_self_paced, bool)):
            raise TypeError(
                f"is_self_paced: expected a boolean, got {type(is_self_paced).__name__}"
            )

        mobile_enrollment_course = cls(
            id=id,
            name=name,
            number=number,
            org=org,
            org_logo=org_logo,
            start=start,
            start_display=start_display,
            start_type=start_type,
            end=end,
            dynamic_upgrade_deadline=dynamic_upgrade_deadline,
            subscription_id=subscription_id,
            courseware_access=courseware_access,
            media=media,
            course_image=course_image,
            course_about=course_about,
            course_sharing_utm_parameters=course_sharing_utm_parameters,
            course_updates=course_updates,
            course_handouts=course_handouts,
            discussion_url=discussion_url,
            video_outline=video_outline,
            is_self_paced=is_self_paced,
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
