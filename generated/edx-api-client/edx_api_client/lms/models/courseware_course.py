from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.courseware_course_pacing import CoursewareCoursePacing
from ..models.courseware_course_start_type import CoursewareCourseStartType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.courseware_access_expiration import CoursewareAccessExpiration
    from ..models.courseware_celebrations import CoursewareCelebrations
    from ..models.courseware_course_certificate_data import (
        CoursewareCourseCertificateData,
    )
    from ..models.courseware_course_goals import CoursewareCourseGoals
    from ..models.courseware_enrollment import CoursewareEnrollment
    from ..models.courseware_entrance_exam_data import CoursewareEntranceExamData
    from ..models.courseware_media import CoursewareMedia
    from ..models.courseware_offer import CoursewareOffer
    from ..models.courseware_related_program import CoursewareRelatedProgram


T = TypeVar("T", bound="CoursewareCourse")


@_attrs_define
class CoursewareCourse:
    """A course and the effective user's state in it, as the learning pages need them.

    Attributes:
        access_expiration (CoursewareAccessExpiration | Unset): When the user's access to the course expires.
        celebrations (CoursewareCelebrations | Unset): Which celebrations the learning pages should show.
        course_goals (CoursewareCourseGoals | Unset): The learner's weekly learning goal for the course.
        effort (str | Unset): A textual description of the weekly hours of effort the course expects.
        end (datetime.datetime | Unset): When the course ends (ISO 8601).
        enrollment (CoursewareEnrollment | Unset): The authenticated user's enrollment in the course.
        enrollment_end (datetime.datetime | Unset): When enrollment ends (ISO 8601).
        enrollment_start (datetime.datetime | Unset): When enrollment begins (ISO 8601).
        entrance_exam_data (CoursewareEntranceExamData | Unset): The course's entrance exam and the user's standing in
            it.
        id (str | Unset): The course's unique identifier, the serialized opaque course key.
        media (CoursewareMedia | Unset): The named media items of the course.
        name (str | Unset): The name of the course.
        offer (CoursewareOffer | Unset): The upgrade discount offered to the user.
        org (str | Unset): The name of the organization that owns the course.
        related_programs (list[CoursewareRelatedProgram] | Unset): The programs that include the course.
        short_description (str | Unset): A textual description of the course.
        start (datetime.datetime | Unset): When the course begins (ISO 8601).
        start_display (str | Unset): The start of the course, formatted for reading.
        start_type (CoursewareCourseStartType | Unset): How `start_display` was set: `string` by the course author,
            `timestamp` from the start date, `empty` when there is no start date.
        pacing (CoursewareCoursePacing | Unset): The course pacing.
        user_timezone (None | str | Unset): The user's chosen time zone, or null for the browser's default.
        user_has_passing_grade (bool | Unset): Whether the effective user's grade reaches the course's minimum passing
            grade.
        course_exit_page_is_active (bool | Unset): Whether the learning micro-frontend should show the course exit page.
        certificate_data (CoursewareCourseCertificateData | Unset): The effective user's certificate for the course; the
            doc lists no members.
        verify_identity_url (str | Unset): Where the learner verifies their identity (or re-verifies, when needed); only
            returned for learners enrolled in a verified mode.
        linkedin_add_to_profile_url (str | Unset): The URL that adds the effective user's certificate to a LinkedIn
            profile.
        user_needs_integrity_signature (bool | Unset): Whether the user still has to sign the course's integrity
            agreement.
    """

    access_expiration: CoursewareAccessExpiration | Unset = UNSET
    celebrations: CoursewareCelebrations | Unset = UNSET
    course_goals: CoursewareCourseGoals | Unset = UNSET
    effort: str | Unset = UNSET
    end: datetime.datetime | Unset = UNSET
    enrollment: CoursewareEnrollment | Unset = UNSET
    enrollment_end: datetime.datetime | Unset = UNSET
    enrollment_start: datetime.datetime | Unset = UNSET
    entrance_exam_data: CoursewareEntranceExamData | Unset = UNSET
    id: str | Unset = UNSET
    media: CoursewareMedia | Unset = UNSET
    name: str | Unset = UNSET
    offer: CoursewareOffer | Unset = UNSET
    org: str | Unset = UNSET
    related_programs: list[CoursewareRelatedProgram] | Unset = UNSET
    short_description: str | Unset = UNSET
    start: datetime.datetime | Unset = UNSET
    start_display: str | Unset = UNSET
    start_type: CoursewareCourseStartType | Unset = UNSET
    pacing: CoursewareCoursePacing | Unset = UNSET
    user_timezone: None | str | Unset = UNSET
    user_has_passing_grade: bool | Unset = UNSET
    course_exit_page_is_active: bool | Unset = UNSET
    certificate_data: CoursewareCourseCertificateData | Unset = UNSET
    verify_identity_url: str | Unset = UNSET
    linkedin_add_to_profile_url: str | Unset = UNSET
    user_needs_integrity_signature: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_expiration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.access_expiration, Unset):
            access_expiration = self.access_expiration.to_dict()

        celebrations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.celebrations, Unset):
            celebrations = self.celebrations.to_dict()

        course_goals: dict[str, Any] | Unset = UNSET
        if not isinstance(self.course_goals, Unset):
            course_goals = self.course_goals.to_dict()

        effort = self.effort

        end: str | Unset = UNSET
        if not isinstance(self.end, Unset):
            end = self.end.isoformat()

        enrollment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.enrollment, Unset):
            enrollment = self.enrollment.to_dict()

        enrollment_end: str | Unset = UNSET
        if not isinstance(self.enrollment_end, Unset):
            enrollment_end = self.enrollment_end.isoformat()

        enrollment_start: str | Unset = UNSET
        if not isinstance(self.enrollment_start, Unset):
            enrollment_start = self.enrollment_start.isoformat()

        entrance_exam_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entrance_exam_data, Unset):
            entrance_exam_data = self.entrance_exam_data.to_dict()

        id = self.id

        media: dict[str, Any] | Unset = UNSET
        if not isinstance(self.media, Unset):
            media = self.media.to_dict()

        name = self.name

        offer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.offer, Unset):
            offer = self.offer.to_dict()

        org = self.org

        related_programs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.related_programs, Unset):
            related_programs = []
            for related_programs_item_data in self.related_programs:
                related_programs_item = related_programs_item_data.to_dict()
                related_programs.append(related_programs_item)

        short_description = self.short_description

        start: str | Unset = UNSET
        if not isinstance(self.start, Unset):
            start = self.start.isoformat()

        start_display = self.start_display

        start_type: str | Unset = UNSET
        if not isinstance(self.start_type, Unset):
            start_type = self.start_type.value

        pacing: str | Unset = UNSET
        if not isinstance(self.pacing, Unset):
            pacing = self.pacing.value

        user_timezone: None | str | Unset
        if isinstance(self.user_timezone, Unset):
            user_timezone = UNSET
        else:
            user_timezone = self.user_timezone

        user_has_passing_grade = self.user_has_passing_grade

        course_exit_page_is_active = self.course_exit_page_is_active

        certificate_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.certificate_data, Unset):
            certificate_data = self.certificate_data.to_dict()

        verify_identity_url = self.verify_identity_url

        linkedin_add_to_profile_url = self.linkedin_add_to_profile_url

        user_needs_integrity_signature = self.user_needs_integrity_signature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_expiration is not UNSET:
            field_dict["access_expiration"] = access_expiration
        if celebrations is not UNSET:
            field_dict["celebrations"] = celebrations
        if course_goals is not UNSET:
            field_dict["course_goals"] = course_goals
        if effort is not UNSET:
            field_dict["effort"] = effort
        if end is not UNSET:
            field_dict["end"] = end
        if enrollment is not UNSET:
            field_dict["enrollment"] = enrollment
        if enrollment_end is not UNSET:
            field_dict["enrollment_end"] = enrollment_end
        if enrollment_start is not UNSET:
            field_dict["enrollment_start"] = enrollment_start
        if entrance_exam_data is not UNSET:
            field_dict["entrance_exam_data"] = entrance_exam_data
        if id is not UNSET:
            field_dict["id"] = id
        if media is not UNSET:
            field_dict["media"] = media
        if name is not UNSET:
            field_dict["name"] = name
        if offer is not UNSET:
            field_dict["offer"] = offer
        if org is not UNSET:
            field_dict["org"] = org
        if related_programs is not UNSET:
            field_dict["related_programs"] = related_programs
        if short_description is not UNSET:
            field_dict["short_description"] = short_description
        if start is not UNSET:
            field_dict["start"] = start
        if start_display is not UNSET:
            field_dict["start_display"] = start_display
        if start_type is not UNSET:
            field_dict["start_type"] = start_type
        if pacing is not UNSET:
            field_dict["pacing"] = pacing
        if user_timezone is not UNSET:
            field_dict["user_timezone"] = user_timezone
        if user_has_passing_grade is not UNSET:
            field_dict["user_has_passing_grade"] = user_has_passing_grade
        if course_exit_page_is_active is not UNSET:
            field_dict["course_exit_page_is_active"] = course_exit_page_is_active
        if certificate_data is not UNSET:
            field_dict["certificate_data"] = certificate_data
        if verify_identity_url is not UNSET:
            field_dict["verify_identity_url"] = verify_identity_url
        if linkedin_add_to_profile_url is not UNSET:
            field_dict["linkedin_add_to_profile_url"] = linkedin_add_to_profile_url
        if user_needs_integrity_signature is not UNSET:
            field_dict["user_needs_integrity_signature"] = (
                user_needs_integrity_signature
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.courseware_access_expiration import CoursewareAccessExpiration
        from ..models.courseware_celebrations import CoursewareCelebrations
        from ..models.courseware_course_certificate_data import (
            CoursewareCourseCertificateData,
        )
        from ..models.courseware_course_goals import CoursewareCourseGoals
        from ..models.courseware_enrollment import CoursewareEnrollment
        from ..models.courseware_entrance_exam_data import CoursewareEntranceExamData
        from ..models.courseware_media import CoursewareMedia
        from ..models.courseware_offer import CoursewareOffer
        from ..models.courseware_related_program import CoursewareRelatedProgram

        d = dict(src_dict)
        _access_expiration = d.pop("access_expiration", UNSET)
        access_expiration: CoursewareAccessExpiration | Unset
        if isinstance(_access_expiration, Unset):
            access_expiration = UNSET
        else:
            access_expiration = CoursewareAccessExpiration.from_dict(_access_expiration)

        _celebrations = d.pop("celebrations", UNSET)
        celebrations: CoursewareCelebrations | Unset
        if isinstance(_celebrations, Unset):
            celebrations = UNSET
        else:
            celebrations = CoursewareCelebrations.from_dict(_celebrations)

        _course_goals = d.pop("course_goals", UNSET)
        course_goals: CoursewareCourseGoals | Unset
        if isinstance(_course_goals, Unset):
            course_goals = UNSET
        else:
            course_goals = CoursewareCourseGoals.from_dict(_course_goals)

        effort = d.pop("effort", UNSET)

        _end = d.pop("end", UNSET)
        end: datetime.datetime | Unset
        if isinstance(_end, Unset):
            end = UNSET
        else:
            end = datetime.datetime.fromisoformat(_end)

        _enrollment = d.pop("enrollment", UNSET)
        enrollment: CoursewareEnrollment | Unset
        if isinstance(_enrollment, Unset):
            enrollment = UNSET
        else:
            enrollment = CoursewareEnrollment.from_dict(_enrollment)

        _enrollment_end = d.pop("enrollment_end", UNSET)
        enrollment_end: datetime.datetime | Unset
        if isinstance(_enrollment_end, Unset):
            enrollment_end = UNSET
        else:
            enrollment_end = datetime.datetime.fromisoformat(_enrollment_end)

        _enrollment_start = d.pop("enrollment_start", UNSET)
        enrollment_start: datetime.datetime | Unset
        if isinstance(_enrollment_start, Unset):
            enrollment_start = UNSET
        else:
            enrollment_start = datetime.datetime.fromisoformat(_enrollment_start)

        _entrance_exam_data = d.pop("entrance_exam_data", UNSET)
        entrance_exam_data: CoursewareEntranceExamData | Unset
        if isinstance(_entrance_exam_data, Unset):
            entrance_exam_data = UNSET
        else:
            entrance_exam_data = CoursewareEntranceExamData.from_dict(
                _entrance_exam_data
            )

        id = d.pop("id", UNSET)

        _media = d.pop("media", UNSET)
        media: CoursewareMedia | Unset
        if isinstance(_media, Unset):
            media = UNSET
        else:
            media = CoursewareMedia.from_dict(_media)

        name = d.pop("name", UNSET)

        _offer = d.pop("offer", UNSET)
        offer: CoursewareOffer | Unset
        if isinstance(_offer, Unset):
            offer = UNSET
        else:
            offer = CoursewareOffer.from_dict(_offer)

        org = d.pop("org", UNSET)

        _related_programs = d.pop("related_programs", UNSET)
        related_programs: list[CoursewareRelatedProgram] | Unset = UNSET
        if _related_programs is not UNSET:
            related_programs = []
            for related_programs_item_data in _related_programs:
                related_programs_item = CoursewareRelatedProgram.from_dict(
                    related_programs_item_data
                )

                related_programs.append(related_programs_item)

        short_description = d.pop("short_description", UNSET)

        _start = d.pop("start", UNSET)
        start: datetime.datetime | Unset
        if isinstance(_start, Unset):
            start = UNSET
        else:
            start = datetime.datetime.fromisoformat(_start)

        start_display = d.pop("start_display", UNSET)

        _start_type = d.pop("start_type", UNSET)
        start_type: CoursewareCourseStartType | Unset
        if isinstance(_start_type, Unset):
            start_type = UNSET
        else:
            start_type = CoursewareCourseStartType(_start_type)

        _pacing = d.pop("pacing", UNSET)
        pacing: CoursewareCoursePacing | Unset
        if isinstance(_pacing, Unset):
            pacing = UNSET
        else:
            pacing = CoursewareCoursePacing(_pacing)

        def _parse_user_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_timezone = _parse_user_timezone(d.pop("user_timezone", UNSET))

        user_has_passing_grade = d.pop("user_has_passing_grade", UNSET)

        course_exit_page_is_active = d.pop("course_exit_page_is_active", UNSET)

        _certificate_data = d.pop("certificate_data", UNSET)
        certificate_data: CoursewareCourseCertificateData | Unset
        if isinstance(_certificate_data, Unset):
            certificate_data = UNSET
        else:
            certificate_data = CoursewareCourseCertificateData.from_dict(
                _certificate_data
            )

        verify_identity_url = d.pop("verify_identity_url", UNSET)

        linkedin_add_to_profile_url = d.pop("linkedin_add_to_profile_url", UNSET)

        user_needs_integrity_signature = d.pop("user_needs_integrity_signature", UNSET)

        courseware_course = cls(
            access_expiration=access_expiration,
            celebrations=celebrations,
            course_goals=course_goals,
            effort=effort,
            end=end,
            enrollment=enrollment,
            enrollment_end=enrollment_end,
            enrollment_start=enrollment_start,
            entrance_exam_data=entrance_exam_data,
            id=id,
            media=media,
            name=name,
            offer=offer,
            org=org,
            related_programs=related_programs,
            short_description=short_description,
            start=start,
            start_display=start_display,
            start_type=start_type,
            pacing=pacing,
            user_timezone=user_timezone,
            user_has_passing_grade=user_has_passing_grade,
            course_exit_page_is_active=course_exit_page_is_active,
            certificate_data=certificate_data,
            verify_identity_url=verify_identity_url,
            linkedin_add_to_profile_url=linkedin_add_to_profile_url,
            user_needs_integrity_signature=user_needs_integrity_signature,
        )

        courseware_course.additional_properties = d
        return courseware_course

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
