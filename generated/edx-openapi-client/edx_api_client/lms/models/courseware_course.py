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
    from ..models.courseware_course_certificate_data_type_0 import (
        CoursewareCourseCertificateDataType0,
    )
    from ..models.courseware_course_goals import CoursewareCourseGoals
    from ..models.courseware_enrollment import CoursewareEnrollment
    from ..models.courseware_entrance_exam_data import CoursewareEntranceExamData
    from ..models.courseware_media import CoursewareMedia
    from ..models.courseware_notes import CoursewareNotes
    from ..models.courseware_offer import CoursewareOffer
    from ..models.courseware_prerequisite_course import CoursewarePrerequisiteCourse
    from ..models.courseware_related_program import CoursewareRelatedProgram
    from ..models.courseware_single_paid_mode import CoursewareSinglePaidMode


T = TypeVar("T", bound="CoursewareCourse")


@_attrs_define
class CoursewareCourse:
    """A course and the effective user's state in it, as the learning pages need them. No field is always present:
    `requested_fields` can leave any of them out.

        Attributes:
            celebrations (CoursewareCelebrations | Unset): Which celebrations the learning pages should show.
            course_goals (CoursewareCourseGoals | Unset): The learner's weekly learning goal for the course.
            effort (None | str | Unset): A textual description of the weekly hours of effort the course expects.
            end (datetime.datetime | None | Unset): When the course ends (ISO 8601).
            enrollment (CoursewareEnrollment | Unset): The authenticated user's enrollment in the course.
            enrollment_end (datetime.datetime | None | Unset): When enrollment ends (ISO 8601).
            enrollment_start (datetime.datetime | None | Unset): When enrollment begins (ISO 8601).
            entrance_exam_data (CoursewareEntranceExamData | Unset): The course's entrance exam and the user's standing in
                it.
            id (str | Unset): The course's unique identifier, the serialized opaque course key.
            media (CoursewareMedia | Unset): The named media items of the course.
            name (str | Unset): The name of the course.
            related_programs (list[CoursewareRelatedProgram] | None | Unset): The programs that include the course.
            short_description (None | str | Unset): A textual description of the course.
            start (datetime.datetime | None | Unset): When the course begins (ISO 8601).
            start_display (str | Unset): The start of the course, formatted for reading.
            start_type (CoursewareCourseStartType | Unset): How `start_display` was set: `string` by the course author,
                `timestamp` from the start date, `empty` when there is no start date.
            pacing (CoursewareCoursePacing | Unset): The course pacing.
            user_timezone (None | str | Unset): The user's chosen time zone, or null for the browser's default.
            user_has_passing_grade (bool | Unset): Whether the effective user's grade reaches the course's minimum passing
                grade.
            course_exit_page_is_active (bool | Unset): Whether the learning micro-frontend should show the course exit page.
            certificate_data (CoursewareCourseCertificateDataType0 | None | Unset): The effective user's certificate for the
                course.
            verify_identity_url (None | str | Unset): Where the learner verifies their identity (or re-verifies, when
                needed); only returned for learners enrolled in a verified mode.
            linkedin_add_to_profile_url (None | str | Unset): The URL that adds the effective user's certificate to a
                LinkedIn profile.
            user_needs_integrity_signature (bool | Unset): Whether the user still has to sign the course's integrity
                agreement.
            content_type_gating_enabled (bool | Unset): Whether content type gating applies to the effective user's
                enrollment.
            license_ (str | Unset): The course's license.
            language (None | str | Unset): The language code of the course, or null.
            show_calculator (bool | Unset): Whether the course shows the calculator.
            can_access_proctored_exams (bool | Unset): Whether the effective user may take the course's proctored exams.
            notes (CoursewareNotes | Unset): Whether the course's notes feature is on and visible.
            marketing_url (None | str | Unset): The course's marketing page, or null.
            verification_status (str | Unset): The effective user's identity verification status; `none` unless they are
                enrolled in a verified mode.
            is_integrity_signature_enabled (bool | Unset): Whether the platform asks learners to sign the integrity
                agreement.
            learning_assistant_enabled (bool | Unset): Whether the learning assistant is available.
            show_courseware_link (bool | Unset): Whether the course about page should link to the courseware.
            is_course_full (bool | Unset): Whether the course has reached its enrollment limit.
            can_enroll (bool | Unset): Whether the user may enroll in the course.
            invitation_only (bool | Unset): Whether enrollment is by invitation only.
            is_shib_course (bool | Unset): Whether the course enrolls through Shibboleth.
            allow_anonymous (bool | Unset): Whether the course (or its outline) is visible without signing in.
            ecommerce_checkout (bool | Unset): Whether the ecommerce checkout is enabled for the user.
            single_paid_mode (CoursewareSinglePaidMode | Unset): The course's one paid mode when checkout goes through the
                ecommerce service; an empty object otherwise.
            ecommerce_checkout_link (None | str | Unset): The checkout page for the single paid mode, or null.
            course_image_urls (list[str] | Unset): A list of strings about the course images.
            start_date_is_still_default (bool | Unset): Whether the course start date was never changed from the platform's
                default.
            advertised_start (None | str | Unset): The start the course advertises in words, or null.
            course_price (str | Unset): The course price, formatted with its currency symbol.
            pre_requisite_courses (list[CoursewarePrerequisiteCourse] | Unset): The courses to complete before this one.
            about_sidebar_html (None | str | Unset): The HTML of the about page's sidebar, or null when that feature is off.
            display_number_with_default (str | Unset): The course number to display.
            display_org_with_default (str | Unset): The organization to display.
            overview (None | str | Unset): The HTML of the course overview, or null.
            access_expiration (CoursewareAccessExpiration | None | Unset): When the user's access to the course expires, or
                null when no expiration applies.
            offer (CoursewareOffer | None | Unset): The upgrade discount offered to the user, or null when there is none.
    """

    celebrations: CoursewareCelebrations | Unset = UNSET
    course_goals: CoursewareCourseGoals | Unset = UNSET
    effort: None | str | Unset = UNSET
    end: datetime.datetime | None | Unset = UNSET
    enrollment: CoursewareEnrollment | Unset = UNSET
    enrollment_end: datetime.datetime | None | Unset = UNSET
    enrollment_start: datetime.datetime | None | Unset = UNSET
    entrance_exam_data: CoursewareEntranceExamData | Unset = UNSET
    id: str | Unset = UNSET
    media: CoursewareMedia | Unset = UNSET
    name: str | Unset = UNSET
    related_programs: list[CoursewareRelatedProgram] | None | Unset = UNSET
    short_description: None | str | Unset = UNSET
    start: datetime.datetime | None | Unset = UNSET
    start_display: str | Unset = UNSET
    start_type: CoursewareCourseStartType | Unset = UNSET
    pacing: CoursewareCoursePacing | Unset = UNSET
    user_timezone: None | str | Unset = UNSET
    user_has_passing_grade: bool | Unset = UNSET
    course_exit_page_is_active: bool | Unset = UNSET
    certificate_data: CoursewareCourseCertificateDataType0 | None | Unset = UNSET
    verify_identity_url: None | str | Unset = UNSET
    linkedin_add_to_profile_url: None | str | Unset = UNSET
    user_needs_integrity_signature: bool | Unset = UNSET
    content_type_gating_enabled: bool | Unset = UNSET
    license_: str | Unset = UNSET
    language: None | str | Unset = UNSET
    show_calculator: bool | Unset = UNSET
    can_access_proctored_exams: bool | Unset = UNSET
    notes: CoursewareNotes | Unset = UNSET
    marketing_url: None | str | Unset = UNSET
    verification_status: str | Unset = UNSET
    is_integrity_signature_enabled: bool | Unset = UNSET
    learning_assistant_enabled: bool | Unset = UNSET
    show_courseware_link: bool | Unset = UNSET
    is_course_full: bool | Unset = UNSET
    can_enroll: bool | Unset = UNSET
    invitation_only: bool | Unset = UNSET
    is_shib_course: bool | Unset = UNSET
    allow_anonymous: bool | Unset = UNSET
    ecommerce_checkout: bool | Unset = UNSET
    single_paid_mode: CoursewareSinglePaidMode | Unset = UNSET
    ecommerce_checkout_link: None | str | Unset = UNSET
    course_image_urls: list[str] | Unset = UNSET
    start_date_is_still_default: bool | Unset = UNSET
    advertised_start: None | str | Unset = UNSET
    course_price: str | Unset = UNSET
    pre_requisite_courses: list[CoursewarePrerequisiteCourse] | Unset = UNSET
    about_sidebar_html: None | str | Unset = UNSET
    display_number_with_default: str | Unset = UNSET
    display_org_with_default: str | Unset = UNSET
    overview: None | str | Unset = UNSET
    access_expiration: CoursewareAccessExpiration | None | Unset = UNSET
    offer: CoursewareOffer | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.courseware_access_expiration import CoursewareAccessExpiration
        from ..models.courseware_course_certificate_data_type_0 import (
            CoursewareCourseCertificateDataType0,
        )
        from ..models.courseware_offer import CoursewareOffer

        celebrations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.celebrations, Unset):
            celebrations = self.celebrations.to_dict()

        course_goals: dict[str, Any] | Unset = UNSET
        if not isinstance(self.course_goals, Unset):
            course_goals = self.course_goals.to_dict()

        effort: None | str | Unset
        if isinstance(self.effort, Unset):
            effort = UNSET
        else:
            effort = self.effort

        end: None | str | Unset
        if isinstance(self.end, Unset):
            end = UNSET
        elif isinstance(self.end, datetime.datetime):
            end = self.end.isoformat()
        else:
            end = self.end

        enrollment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.enrollment, Unset):
            enrollment = self.enrollment.to_dict()

        enrollment_end: None | str | Unset
        if isinstance(self.enrollment_end, Unset):
            enrollment_end = UNSET
        elif isinstance(self.enrollment_end, datetime.datetime):
            enrollment_end = self.enrollment_end.isoformat()
        else:
            enrollment_end = self.enrollment_end

        enrollment_start: None | str | Unset
        if isinstance(self.enrollment_start, Unset):
            enrollment_start = UNSET
        elif isinstance(self.enrollment_start, datetime.datetime):
            enrollment_start = self.enrollment_start.isoformat()
        else:
            enrollment_start = self.enrollment_start

        entrance_exam_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entrance_exam_data, Unset):
            entrance_exam_data = self.entrance_exam_data.to_dict()

        id = self.id

        media: dict[str, Any] | Unset = UNSET
        if not isinstance(self.media, Unset):
            media = self.media.to_dict()

        name = self.name

        related_programs: list[dict[str, Any]] | None | Unset
        if isinstance(self.related_programs, Unset):
            related_programs = UNSET
        elif isinstance(self.related_programs, list):
            related_programs = []
            for related_programs_type_0_item_data in self.related_programs:
                related_programs_type_0_item = (
                    related_programs_type_0_item_data.to_dict()
                )
                related_programs.append(related_programs_type_0_item)

        else:
            related_programs = self.related_programs

        short_description: None | str | Unset
        if isinstance(self.short_description, Unset):
            short_description = UNSET
        else:
            short_description = self.short_description

        start: None | str | Unset
        if isinstance(self.start, Unset):
            start = UNSET
        elif isinstance(self.start, datetime.datetime):
            start = self.start.isoformat()
        else:
            start = self.start

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

        certificate_data: dict[str, Any] | None | Unset
        if isinstance(self.certificate_data, Unset):
            certificate_data = UNSET
        elif isinstance(self.certificate_data, CoursewareCourseCertificateDataType0):
            certificate_data = self.certificate_data.to_dict()
        else:
            certificate_data = self.certificate_data

        verify_identity_url: None | str | Unset
        if isinstance(self.verify_identity_url, Unset):
            verify_identity_url = UNSET
        else:
            verify_identity_url = self.verify_identity_url

        linkedin_add_to_profile_url: None | str | Unset
        if isinstance(self.linkedin_add_to_profile_url, Unset):
            linkedin_add_to_profile_url = UNSET
        else:
            linkedin_add_to_profile_url = self.linkedin_add_to_profile_url

        user_needs_integrity_signature = self.user_needs_integrity_signature

        content_type_gating_enabled = self.content_type_gating_enabled

        license_ = self.license_

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        show_calculator = self.show_calculator

        can_access_proctored_exams = self.can_access_proctored_exams

        notes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            notes = self.notes.to_dict()

        marketing_url: None | str | Unset
        if isinstance(self.marketing_url, Unset):
            marketing_url = UNSET
        else:
            marketing_url = self.marketing_url

        verification_status = self.verification_status

        is_integrity_signature_enabled = self.is_integrity_signature_enabled

        learning_assistant_enabled = self.learning_assistant_enabled

        show_courseware_link = self.show_courseware_link

        is_course_full = self.is_course_full

        can_enroll = self.can_enroll

        invitation_only = self.invitation_only

        is_shib_course = self.is_shib_course

        allow_anonymous = self.allow_anonymous

        ecommerce_checkout = self.ecommerce_checkout

        single_paid_mode: dict[str, Any] | Unset = UNSET
        if not isinstance(self.single_paid_mode, Unset):
            single_paid_mode = self.single_paid_mode.to_dict()

        ecommerce_checkout_link: None | str | Unset
        if isinstance(self.ecommerce_checkout_link, Unset):
            ecommerce_checkout_link = UNSET
        else:
            ecommerce_checkout_link = self.ecommerce_checkout_link

        course_image_urls: list[str] | Unset = UNSET
        if not isinstance(self.course_image_urls, Unset):
            course_image_urls = self.course_image_urls

        start_date_is_still_default = self.start_date_is_still_default

        advertised_start: None | str | Unset
        if isinstance(self.advertised_start, Unset):
            advertised_start = UNSET
        else:
            advertised_start = self.advertised_start

        course_price = self.course_price

        pre_requisite_courses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pre_requisite_courses, Unset):
            pre_requisite_courses = []
            for pre_requisite_courses_item_data in self.pre_requisite_courses:
                pre_requisite_courses_item = pre_requisite_courses_item_data.to_dict()
                pre_requisite_courses.append(pre_requisite_courses_item)

        about_sidebar_html: None | str | Unset
        if isinstance(self.about_sidebar_html, Unset):
            about_sidebar_html = UNSET
        else:
            about_sidebar_html = self.about_sidebar_html

        display_number_with_default = self.display_number_with_default

        display_org_with_default = self.display_org_with_default

        overview: None | str | Unset
        if isinstance(self.overview, Unset):
            overview = UNSET
        else:
            overview = self.overview

        access_expiration: dict[str, Any] | None | Unset
        if isinstance(self.access_expiration, Unset):
            access_expiration = UNSET
        elif isinstance(self.access_expiration, CoursewareAccessExpiration):
            access_expiration = self.access_expiration.to_dict()
        else:
            access_expiration = self.access_expiration

        offer: dict[str, Any] | None | Unset
        if isinstance(self.offer, Unset):
            offer = UNSET
        elif isinstance(self.offer, CoursewareOffer):
            offer = self.offer.to_dict()
        else:
            offer = self.offer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if content_type_gating_enabled is not UNSET:
            field_dict["content_type_gating_enabled"] = content_type_gating_enabled
        if license_ is not UNSET:
            field_dict["license"] = license_
        if language is not UNSET:
            field_dict["language"] = language
        if show_calculator is not UNSET:
            field_dict["show_calculator"] = show_calculator
        if can_access_proctored_exams is not UNSET:
            field_dict["can_access_proctored_exams"] = can_access_proctored_exams
        if notes is not UNSET:
            field_dict["notes"] = notes
        if marketing_url is not UNSET:
            field_dict["marketing_url"] = marketing_url
        if verification_status is not UNSET:
            field_dict["verification_status"] = verification_status
        if is_integrity_signature_enabled is not UNSET:
            field_dict["is_integrity_signature_enabled"] = (
                is_integrity_signature_enabled
            )
        if learning_assistant_enabled is not UNSET:
            field_dict["learning_assistant_enabled"] = learning_assistant_enabled
        if show_courseware_link is not UNSET:
            field_dict["show_courseware_link"] = show_courseware_link
        if is_course_full is not UNSET:
            field_dict["is_course_full"] = is_course_full
        if can_enroll is not UNSET:
            field_dict["can_enroll"] = can_enroll
        if invitation_only is not UNSET:
            field_dict["invitation_only"] = invitation_only
        if is_shib_course is not UNSET:
            field_dict["is_shib_course"] = is_shib_course
        if allow_anonymous is not UNSET:
            field_dict["allow_anonymous"] = allow_anonymous
        if ecommerce_checkout is not UNSET:
            field_dict["ecommerce_checkout"] = ecommerce_checkout
        if single_paid_mode is not UNSET:
            field_dict["single_paid_mode"] = single_paid_mode
        if ecommerce_checkout_link is not UNSET:
            field_dict["ecommerce_checkout_link"] = ecommerce_checkout_link
        if course_image_urls is not UNSET:
            field_dict["course_image_urls"] = course_image_urls
        if start_date_is_still_default is not UNSET:
            field_dict["start_date_is_still_default"] = start_date_is_still_default
        if advertised_start is not UNSET:
            field_dict["advertised_start"] = advertised_start
        if course_price is not UNSET:
            field_dict["course_price"] = course_price
        if pre_requisite_courses is not UNSET:
            field_dict["pre_requisite_courses"] = pre_requisite_courses
        if about_sidebar_html is not UNSET:
            field_dict["about_sidebar_html"] = about_sidebar_html
        if display_number_with_default is not UNSET:
            field_dict["display_number_with_default"] = display_number_with_default
        if display_org_with_default is not UNSET:
            field_dict["display_org_with_default"] = display_org_with_default
        if overview is not UNSET:
            field_dict["overview"] = overview
        if access_expiration is not UNSET:
            field_dict["access_expiration"] = access_expiration
        if offer is not UNSET:
            field_dict["offer"] = offer

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.courseware_access_expiration import CoursewareAccessExpiration
        from ..models.courseware_celebrations import CoursewareCelebrations
        from ..models.courseware_course_certificate_data_type_0 import (
            CoursewareCourseCertificateDataType0,
        )
        from ..models.courseware_course_goals import CoursewareCourseGoals
        from ..models.courseware_enrollment import CoursewareEnrollment
        from ..models.courseware_entrance_exam_data import CoursewareEntranceExamData
        from ..models.courseware_media import CoursewareMedia
        from ..models.courseware_notes import CoursewareNotes
        from ..models.courseware_offer import CoursewareOffer
        from ..models.courseware_prerequisite_course import CoursewarePrerequisiteCourse
        from ..models.courseware_related_program import CoursewareRelatedProgram
        from ..models.courseware_single_paid_mode import CoursewareSinglePaidMode

        d = dict(src_dict)
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

        def _parse_effort(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        effort = _parse_effort(d.pop("effort", UNSET))

        def _parse_end(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_type_0 = datetime.datetime.fromisoformat(data)

                return end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end = _parse_end(d.pop("end", UNSET))

        _enrollment = d.pop("enrollment", UNSET)
        enrollment: CoursewareEnrollment | Unset
        if isinstance(_enrollment, Unset):
            enrollment = UNSET
        else:
            enrollment = CoursewareEnrollment.from_dict(_enrollment)

        def _parse_enrollment_end(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                enrollment_end_type_0 = datetime.datetime.fromisoformat(data)

                return enrollment_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        enrollment_end = _parse_enrollment_end(d.pop("enrollment_end", UNSET))

        def _parse_enrollment_start(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                enrollment_start_type_0 = datetime.datetime.fromisoformat(data)

                return enrollment_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        enrollment_start = _parse_enrollment_start(d.pop("enrollment_start", UNSET))

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

        def _parse_related_programs(
            data: object,
        ) -> list[CoursewareRelatedProgram] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                related_programs_type_0 = []
                _related_programs_type_0 = data
                for related_programs_type_0_item_data in _related_programs_type_0:
                    related_programs_type_0_item = CoursewareRelatedProgram.from_dict(
                        related_programs_type_0_item_data
                    )

                    related_programs_type_0.append(related_programs_type_0_item)

                return related_programs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CoursewareRelatedProgram] | None | Unset, data)

        related_programs = _parse_related_programs(d.pop("related_programs", UNSET))

        def _parse_short_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        short_description = _parse_short_description(d.pop("short_description", UNSET))

        def _parse_start(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_type_0 = datetime.datetime.fromisoformat(data)

                return start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start = _parse_start(d.pop("start", UNSET))

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
        if not isinstance(user_has_passing_grade, Unset) and not (
            isinstance(user_has_passing_grade, bool)
        ):
            raise TypeError(
                f"user_has_passing_grade: expected a boolean, got {type(user_has_passing_grade).__name__}"
            )

        course_exit_page_is_active = d.pop("course_exit_page_is_active", UNSET)
        if not isinstance(course_exit_page_is_active, Unset) and not (
            isinstance(course_exit_page_is_active, bool)
        ):
            raise TypeError(
                f"course_exit_page_is_active: expected a boolean, got {type(course_exit_page_is_active).__name__}"
            )

        def _parse_certificate_data(
            data: object,
        ) -> CoursewareCourseCertificateDataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                certificate_data_type_0 = (
                    CoursewareCourseCertificateDataType0.from_dict(data)
                )

                return certificate_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CoursewareCourseCertificateDataType0 | None | Unset, data)

        certificate_data = _parse_certificate_data(d.pop("certificate_data", UNSET))

        def _parse_verify_identity_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        verify_identity_url = _parse_verify_identity_url(
            d.pop("verify_identity_url", UNSET)
        )

        def _parse_linkedin_add_to_profile_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        linkedin_add_to_profile_url = _parse_linkedin_add_to_profile_url(
            d.pop("linkedin_add_to_profile_url", UNSET)
        )

        user_needs_integrity_signature = d.pop("user_needs_integrity_signature", UNSET)
        if not isinstance(user_needs_integrity_signature, Unset) and not (
            isinstance(user_needs_integrity_signature, bool)
        ):
            raise TypeError(
                f"user_needs_integrity_signature: expected a boolean, got {type(user_needs_integrity_signature).__name__}"
            )

        content_type_gating_enabled = d.pop("content_type_gating_enabled", UNSET)
        if not isinstance(content_type_gating_enabled, Unset) and not (
            isinstance(content_type_gating_enabled, bool)
        ):
            raise TypeError(
                f"content_type_gating_enabled: expected a boolean, got {type(content_type_gating_enabled).__name__}"
            )

        license_ = d.pop("license", UNSET)

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        show_calculator = d.pop("show_calculator", UNSET)
        if not isinstance(show_calculator, Unset) and not (
            isinstance(show_calculator, bool)
        ):
            raise TypeError(
                f"show_calculator: expected a boolean, got {type(show_calculator).__name__}"
            )

        can_access_proctored_exams = d.pop("can_access_proctored_exams", UNSET)
        if not isinstance(can_access_proctored_exams, Unset) and not (
            isinstance(can_access_proctored_exams, bool)
        ):
            raise TypeError(
                f"can_access_proctored_exams: expected a boolean, got {type(can_access_proctored_exams).__name__}"
            )

        _notes = d.pop("notes", UNSET)
        notes: CoursewareNotes | Unset
        if isinstance(_notes, Unset):
            notes = UNSET
        else:
            notes = CoursewareNotes.from_dict(_notes)

        def _parse_marketing_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        marketing_url = _parse_marketing_url(d.pop("marketing_url", UNSET))

        verification_status = d.pop("verification_status", UNSET)

        is_integrity_signature_enabled = d.pop("is_integrity_signature_enabled", UNSET)
        if not isinstance(is_integrity_signature_enabled, Unset) and not (
            isinstance(is_integrity_signature_enabled, bool)
        ):
            raise TypeError(
                f"is_integrity_signature_enabled: expected a boolean, got {type(is_integrity_signature_enabled).__name__}"
            )

        learning_assistant_enabled = d.pop("learning_assistant_enabled", UNSET)
        if not isinstance(learning_assistant_enabled, Unset) and not (
            isinstance(learning_assistant_enabled, bool)
        ):
            raise TypeError(
                f"learning_assistant_enabled: expected a boolean, got {type(learning_assistant_enabled).__name__}"
            )

        show_courseware_link = d.pop("show_courseware_link", UNSET)
        if not isinstance(show_courseware_link, Unset) and not (
            isinstance(show_courseware_link, bool)
        ):
            raise TypeError(
                f"show_courseware_link: expected a boolean, got {type(show_courseware_link).__name__}"
            )

        is_course_full = d.pop("is_course_full", UNSET)
        if not isinstance(is_course_full, Unset) and not (
            isinstance(is_course_full, bool)
        ):
            raise TypeError(
                f"is_course_full: expected a boolean, got {type(is_course_full).__name__}"
            )

        can_enroll = d.pop("can_enroll", UNSET)
        if not isinstance(can_enroll, Unset) and not (isinstance(can_enroll, bool)):
            raise TypeError(
                f"can_enroll: expected a boolean, got {type(can_enroll).__name__}"
            )

        invitation_only = d.pop("invitation_only", UNSET)
        if not isinstance(invitation_only, Unset) and not (
            isinstance(invitation_only, bool)
        ):
            raise TypeError(
                f"invitation_only: expected a boolean, got {type(invitation_only).__name__}"
            )

        is_shib_course = d.pop("is_shib_course", UNSET)
        if not isinstance(is_shib_course, Unset) and not (
            isinstance(is_shib_course, bool)
        ):
            raise TypeError(
                f"is_shib_course: expected a boolean, got {type(is_shib_course).__name__}"
            )

        allow_anonymous = d.pop("allow_anonymous", UNSET)
        if not isinstance(allow_anonymous, Unset) and not (
            isinstance(allow_anonymous, bool)
        ):
            raise TypeError(
                f"allow_anonymous: expected a boolean, got {type(allow_anonymous).__name__}"
            )

        ecommerce_checkout = d.pop("ecommerce_checkout", UNSET)
        if not isinstance(ecommerce_checkout, Unset) and not (
            isinstance(ecommerce_checkout, bool)
        ):
            raise TypeError(
                f"ecommerce_checkout: expected a boolean, got {type(ecommerce_checkout).__name__}"
            )

        _single_paid_mode = d.pop("single_paid_mode", UNSET)
        single_paid_mode: CoursewareSinglePaidMode | Unset
        if isinstance(_single_paid_mode, Unset):
            single_paid_mode = UNSET
        else:
            single_paid_mode = CoursewareSinglePaidMode.from_dict(_single_paid_mode)

        def _parse_ecommerce_checkout_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ecommerce_checkout_link = _parse_ecommerce_checkout_link(
            d.pop("ecommerce_checkout_link", UNSET)
        )

        course_image_urls = cast(list[str], d.pop("course_image_urls", UNSET))

        start_date_is_still_default = d.pop("start_date_is_still_default", UNSET)
        if not isinstance(start_date_is_still_default, Unset) and not (
            isinstance(start_date_is_still_default, bool)
        ):
            raise TypeError(
                f"start_date_is_still_default: expected a boolean, got {type(start_date_is_still_default).__name__}"
            )

        def _parse_advertised_start(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        advertised_start = _parse_advertised_start(d.pop("advertised_start", UNSET))

        course_price = d.pop("course_price", UNSET)

        _pre_requisite_courses = d.pop("pre_requisite_courses", UNSET)
        pre_requisite_courses: list[CoursewarePrerequisiteCourse] | Unset = UNSET
        if _pre_requisite_courses is not UNSET:
            pre_requisite_courses = []
            for pre_requisite_courses_item_data in _pre_requisite_courses:
                pre_requisite_courses_item = CoursewarePrerequisiteCourse.from_dict(
                    pre_requisite_courses_item_data
                )

                pre_requisite_courses.append(pre_requisite_courses_item)

        def _parse_about_sidebar_html(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        about_sidebar_html = _parse_about_sidebar_html(
            d.pop("about_sidebar_html", UNSET)
        )

        display_number_with_default = d.pop("display_number_with_default", UNSET)

        display_org_with_default = d.pop("display_org_with_default", UNSET)

        def _parse_overview(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        overview = _parse_overview(d.pop("overview", UNSET))

        def _parse_access_expiration(
            data: object,
        ) -> CoursewareAccessExpiration | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                access_expiration_type_0 = CoursewareAccessExpiration.from_dict(data)

                return access_expiration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CoursewareAccessExpiration | None | Unset, data)

        access_expiration = _parse_access_expiration(d.pop("access_expiration", UNSET))

        def _parse_offer(data: object) -> CoursewareOffer | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                offer_type_0 = CoursewareOffer.from_dict(data)

                return offer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CoursewareOffer | None | Unset, data)

        offer = _parse_offer(d.pop("offer", UNSET))

        courseware_course = cls(
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
            content_type_gating_enabled=content_type_gating_enabled,
            license_=license_,
            language=language,
            show_calculator=show_calculator,
            can_access_proctored_exams=can_access_proctored_exams,
            notes=notes,
            marketing_url=marketing_url,
            verification_status=verification_status,
            is_integrity_signature_enabled=is_integrity_signature_enabled,
            learning_assistant_enabled=learning_assistant_enabled,
            show_courseware_link=show_courseware_link,
            is_course_full=is_course_full,
            can_enroll=can_enroll,
            invitation_only=invitation_only,
            is_shib_course=is_shib_course,
            allow_anonymous=allow_anonymous,
            ecommerce_checkout=ecommerce_checkout,
            single_paid_mode=single_paid_mode,
            ecommerce_checkout_link=ecommerce_checkout_link,
            course_image_urls=course_image_urls,
            start_date_is_still_default=start_date_is_still_default,
            advertised_start=advertised_start,
            course_price=course_price,
            pre_requisite_courses=pre_requisite_courses,
            about_sidebar_html=about_sidebar_html,
            display_number_with_default=display_number_with_default,
            display_org_with_default=display_org_with_default,
            overview=overview,
            access_expiration=access_expiration,
            offer=offer,
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
