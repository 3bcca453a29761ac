from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.course_home_access_expiration import CourseHomeAccessExpiration
    from ..models.course_home_cert_data import CourseHomeCertData
    from ..models.course_home_course_goals import CourseHomeCourseGoals
    from ..models.course_home_course_tool import CourseHomeCourseTool
    from ..models.course_home_dates_banner_info import CourseHomeDatesBannerInfo
    from ..models.course_home_dates_widget import CourseHomeDatesWidget
    from ..models.course_home_enroll_alert import CourseHomeEnrollAlert
    from ..models.course_home_offer import CourseHomeOffer
    from ..models.course_home_outline_course_blocks import CourseHomeOutlineCourseBlocks
    from ..models.course_home_resume_course import CourseHomeResumeCourse
    from ..models.course_home_verified_mode import CourseHomeVerifiedMode


T = TypeVar("T", bound="CourseHomeOutline")


@_attrs_define
class CourseHomeOutline:
    """The content of a course's Outline tab.

    Attributes:
        access_expiration (CourseHomeAccessExpiration): When the user's access to the course expires. The field table
            types this as an object and lists none of its members.
        cert_data (CourseHomeCertData): The state of the user's certificate for the course.
        course_goals (CourseHomeCourseGoals): The learner's weekly learning goal for the course.
        course_tools (list[CourseHomeCourseTool]): The course tools to offer.
        dates_widget (CourseHomeDatesWidget): The dates widget of the outline.
        enable_proctored_exams (bool): Whether proctored exams are enabled in the course.
        enroll_alert (CourseHomeEnrollAlert): The alert inviting the user to enroll.
        enrollment_mode (None | str): The user's current enrollment mode, or null when the user is not enrolled.
        handouts_html (str): The raw HTML of the handouts section of the course info.
        has_ended (bool): Whether the course has ended.
        offer (CourseHomeOffer): The upgrade discount offered to the user. The field table types this as an object and
            lists none of its members.
        resume_course (CourseHomeResumeCourse): Where the user resumes the course.
        user_has_passing_grade (bool): Whether the user is currently passing the course.
        welcome_message_html (str): The raw HTML of the course updates banner.
        can_show_upgrade_sock (bool | Unset): Whether the upgrade sock (the upgrade call to action) may be shown.
        course_blocks (CourseHomeOutlineCourseBlocks | Unset): The course's block tree as the outline shows it.
        verified_mode (CourseHomeVerifiedMode | None | Unset): The verified mode's upgrade information, or null when no
            upgrade can be offered to the user.
        dates_banner_info (CourseHomeDatesBannerInfo | Unset): The data for the banner about missed deadlines and gated
            content.
    """

    access_expiration: CourseHomeAccessExpiration
    cert_data: CourseHomeCertData
    course_goals: CourseHomeCourseGoals
    course_tools: list[CourseHomeCourseTool]
    dates_widget: CourseHomeDatesWidget
    enable_proctored_exams: bool
    enroll_alert: CourseHomeEnrollAlert
    enrollment_mode: None | str
    handouts_html: str
    has_ended: bool
    offer: CourseHomeOffer
    resume_course: CourseHomeResumeCourse
    user_has_passing_grade: bool
    welcome_message_html: str
    can_show_upgrade_sock: bool | Unset = UNSET
    course_blocks: CourseHomeOutlineCourseBlocks | Unset = UNSET
    verified_mode: CourseHomeVerifiedMode | None | Unset = UNSET
    dates_banner_info: CourseHomeDatesBannerInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.course_home_verified_mode import CourseHomeVerifiedMode

        access_expiration = self.access_expiration.to_dict()

        cert_data = self.cert_data.to_dict()

        course_goals = self.course_goals.to_dict()

        course_tools = []
        for course_tools_item_data in self.course_tools:
            course_tools_item = course_tools_item_data.to_dict()
            course_tools.append(course_tools_item)

        dates_widget = self.dates_widget.to_dict()

        enable_proctored_exams = self.enable_proctored_exams

        enroll_alert = self.enroll_alert.to_dict()

        enrollment_mode: None | str
        enrollment_mode = self.enrollment_mode

        handouts_html = self.handouts_html

        has_ended = self.has_ended

        offer = self.offer.to_dict()

        resume_course = self.resume_course.to_dict()

        user_has_passing_grade = self.user_has_passing_grade

        welcome_message_html = self.welcome_message_html

        can_show_upgrade_sock = self.can_show_upgrade_sock

        course_blocks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.course_blocks, Unset):
            course_blocks = self.course_blocks.to_dict()

        verified_mode: dict[str, Any] | None | Unset
        if isinstance(self.verified_mode, Unset):
            verified_mode = UNSET
        elif isinstance(self.verified_mode, CourseHomeVerifiedMode):
            verified_mode = self.verified_mode.to_dict()
        else:
            verified_mode = self.verified_mode

        dates_banner_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dates_banner_info, Unset):
            dates_banner_info = self.dates_banner_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_expiration": access_expiration,
                "cert_data": cert_data,
                "course_goals": course_goals,
                "course_tools": course_tools,
                "dates_widget": dates_widget,
                "enable_proctored_exams": enable_proctored_exams,
                "enroll_alert": enroll_alert,
                "enrollment_mode": enrollment_mode,
                "handouts_html": handouts_html,
                "has_ended": has_ended,
                "offer": offer,
                "resume_course": resume_course,
                "user_has_passing_grade": user_has_passing_grade,
                "welcome_message_html": welcome_message_html,
            }
        )
        if can_show_upgrade_sock is not UNSET:
            field_dict["can_show_upgrade_sock"] = can_show_upgrade_sock
        if course_blocks is not UNSET:
            field_dict["course_blocks"] = course_blocks
        if verified_mode is not UNSET:
            field_dict["verified_mode"] = verified_mode
        if dates_banner_info is not UNSET:
            field_dict["dates_banner_info"] = dates_banner_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.course_home_access_expiration import CourseHomeAccessExpiration
        from ..models.course_home_cert_data import CourseHomeCertData
        from ..models.course_home_course_goals import CourseHomeCourseGoals
        from ..models.course_home_course_tool import CourseHomeCourseTool
        from ..models.course_home_dates_banner_info import CourseHomeDatesBannerInfo
        from ..models.course_home_dates_widget import CourseHomeDatesWidget
        from ..models.course_home_enroll_alert import CourseHomeEnrollAlert
        from ..models.course_home_offer import CourseHomeOffer
        from ..models.course_home_outline_course_blocks import (
            CourseHomeOutlineCourseBlocks,
        )
        from ..models.course_home_resume_course import CourseHomeResumeCourse
        from ..models.course_home_verified_mode import CourseHomeVerifiedMode

        d = dict(src_dict)
        access_expiration = CourseHomeAccessExpiration.from_dict(
            d.pop("access_expiration")
        )

        cert_data = CourseHomeCertData.from_dict(d.pop("cert_data"))

        course_goals = CourseHomeCourseGoals.from_dict(d.pop("course_goals"))

        course_tools = []
        _course_tools = d.pop("course_tools")
        for course_tools_item_data in _course_tools:
            course_tools_item = CourseHomeCourseTool.from_dict(course_tools_item_data)

            course_tools.append(course_tools_item)

        dates_widget = CourseHomeDatesWidget.from_dict(d.pop("dates_widget"))

        enable_proctored_exams = d.pop("enable_proctored_exams")
        if not (isinstance(enable_proctored_exams, bool)):
            raise TypeError(
                f"enable_proctored_exams: expected a boolean, got {type(enable_proctored_exams).__name__}"
            )

        enroll_alert = CourseHomeEnrollAlert.from_dict(d.pop("enroll_alert"))

        def _parse_enrollment_mode(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        enrollment_mode = _parse_enrollment_mode(d.pop("enrollment_mode"))

        handouts_html = d.pop("handouts_html")

        has_ended = d.pop("has_ended")
        if not (isinstance(has_ended, bool)):
            raise TypeError(
                f"has_ended: expected a boolean, got {type(has_ended).__name__}"
            )

        offer = CourseHomeOffer.from_dict(d.pop("offer"))

        resume_course = CourseHomeResumeCourse.from_dict(d.pop("resume_course"))

        user_has_passing_grade = d.pop("user_has_passing_grade")
        if not (isinstance(user_has_passing_grade, bool)):
            raise TypeError(
                f"user_has_passing_grade: expected a boolean, got {type(user_has_passing_grade).__name__}"
            )

        welcome_message_html = d.pop("welcome_message_html")

        can_show_upgrade_sock = d.pop("can_show_upgrade_sock", UNSET)
        if not isinstance(can_show_upgrade_sock, Unset) and not (
            isinstance(can_show_upgrade_sock, bool)
        ):
            raise TypeError(
                f"can_show_upgrade_sock: expected a boolean, got {type(can_show_upgrade_sock).__name__}"
            )

        _course_blocks = d.pop("course_blocks", UNSET)
        course_blocks: CourseHomeOutlineCourseBlocks | Unset
        if isinstance(_course_blocks, Unset):
            course_blocks = UNSET
        else:
            course_blocks = CourseHomeOutlineCourseBlocks.from_dict(_course_blocks)

        def _parse_verified_mode(data: object) -> CourseHomeVerifiedMode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                verified_mode_type_0 = CourseHomeVerifiedMode.from_dict(data)

                return verified_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CourseHomeVerifiedMode | None | Unset, data)

        verified_mode = _parse_verified_mode(d.pop("verified_mode", UNSET))

        _dates_banner_info = d.pop("dates_banner_info", UNSET)
        dates_banner_info: CourseHomeDatesBannerInfo | Unset
        if isinstance(_dates_banner_info, Unset):
            dates_banner_info = UNSET
        else:
            dates_banner_info = CourseHomeDatesBannerInfo.from_dict(_dates_banner_info)

        course_home_outline = cls(
            access_expiration=access_expiration,
            cert_data=cert_data,
            course_goals=course_goals,
            course_tools=course_tools,
            dates_widget=dates_widget,
            enable_proctored_exams=enable_proctored_exams,
            enroll_alert=enroll_alert,
            enrollment_mode=enrollment_mode,
            handouts_html=handouts_html,
            has_ended=has_ended,
            offer=offer,
            resume_course=resume_course,
            user_has_passing_grade=user_has_passing_grade,
            welcome_message_html=welcome_message_html,
            can_show_upgrade_sock=can_show_upgrade_sock,
            course_blocks=course_blocks,
            verified_mode=verified_mode,
            dates_banner_info=dates_banner_info,
        )

        course_home_outline.additional_properties = d
        return course_home_outline

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
