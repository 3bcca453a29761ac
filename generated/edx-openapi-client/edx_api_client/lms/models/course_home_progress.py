from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.course_home_access_expiration import CourseHomeAccessExpiration
    from ..models.course_home_cert_data import CourseHomeCertData
    from ..models.course_home_completion_summary import CourseHomeCompletionSummary
    from ..models.course_home_course_grade import CourseHomeCourseGrade
    from ..models.course_home_credit_course_requirements import (
        CourseHomeCreditCourseRequirements,
    )
    from ..models.course_home_grading_policy import CourseHomeGradingPolicy
    from ..models.course_home_section_score import CourseHomeSectionScore
    from ..models.course_home_verification_data import CourseHomeVerificationData
    from ..models.course_home_verified_mode import CourseHomeVerifiedMode


T = TypeVar("T", bound="CourseHomeProgress")


@_attrs_define
class CourseHomeProgress:
    """The content of a course's Progress tab for one learner.

    Attributes:
        completion_summary (CourseHomeCompletionSummary): Unit completion counts. The field table types this as an
            object and lists none of its members.
        course_grade (CourseHomeCourseGrade): The learner's grade in the course.
        end (str): The end date of the course.
        enrollment_mode (str): The user's enrollment mode, such as `audit` or `verified`.
        grading_policy (CourseHomeGradingPolicy): The grading policy of the course.
        has_scheduled_content (bool): Whether the course has content scheduled for release in the future.
        section_scores (list[CourseHomeSectionScore]): The scores of the course's chapters (sections).
        studio_url (str): The link to the course's grading settings in Studio.
        user_has_passing_grade (bool): Whether the user has a passing grade in the course.
        username (str): The username of the learner whose progress is shown.
        verification_data (CourseHomeVerificationData): The state of the learner's ID verification.
        access_expiration (CourseHomeAccessExpiration | None): When the user's access to the course expires, or null
            when no expiration applies.
        certificate_data (CourseHomeCertData | None): The state of the user's certificate, or null when there is none to
            show.
        credit_course_requirements (CourseHomeCreditCourseRequirements | None): The credit requirements of the course,
            or null when the course offers no credit.
        can_show_upgrade_sock (bool | Unset): Whether the upgrade sock (the upgrade call to action) may be shown.
        verified_mode (CourseHomeVerifiedMode | None | Unset): The verified mode's upgrade information, or null when no
            upgrade can be offered to the user.
    """

    completion_summary: CourseHomeCompletionSummary
    course_grade: CourseHomeCourseGrade
    end: str
    enrollment_mode: str
    grading_policy: CourseHomeGradingPolicy
    has_scheduled_content: bool
    section_scores: list[CourseHomeSectionScore]
    studio_url: str
    user_has_passing_grade: bool
    username: str
    verification_data: CourseHomeVerificationData
    access_expiration: CourseHomeAccessExpiration | None
    certificate_data: CourseHomeCertData | None
    credit_course_requirements: CourseHomeCreditCourseRequirements | None
    can_show_upgrade_sock: bool | Unset = UNSET
    verified_mode: CourseHomeVerifiedMode | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.course_home_access_expiration import CourseHomeAccessExpiration
        from ..models.course_home_cert_data import CourseHomeCertData
        from ..models.course_home_credit_course_requirements import (
            CourseHomeCreditCourseRequirements,
        )
        from ..models.course_home_verified_mode import CourseHomeVerifiedMode

        completion_summary = self.completion_summary.to_dict()

        course_grade = self.course_grade.to_dict()

        end = self.end

        enrollment_mode = self.enrollment_mode

        grading_policy = self.grading_policy.to_dict()

        has_scheduled_content = self.has_scheduled_content

        section_scores = []
        for section_scores_item_data in self.section_scores:
            section_scores_item = section_scores_item_data.to_dict()
            section_scores.append(section_scores_item)

        studio_url = self.studio_url

        user_has_passing_grade = self.user_has_passing_grade

        username = self.username

        verification_data = self.verification_data.to_dict()

        access_expiration: dict[str, Any] | None
        if isinstance(self.access_expiration, CourseHomeAccessExpiration):
            access_expiration = self.access_expiration.to_dict()
        else:
            access_expiration = self.access_expiration

        certificate_data: dict[str, Any] | None
        if isinstance(self.certificate_data, CourseHomeCertData):
            certificate_data = self.certificate_data.to_dict()
        else:
            certificate_data = self.certificate_data

        credit_course_requirements: dict[str, Any] | None
        if isinstance(
            self.credit_course_requirements, CourseHomeCreditCourseRequirements
        ):
            credit_course_requirements = self.credit_course_requirements.to_dict()
        else:
            credit_course_requirements = self.credit_course_requirements

        can_show_upgrade_sock = self.can_show_upgrade_sock

        verified_mode: dict[str, Any] | None | Unset
        if isinstance(self.verified_mode, Unset):
            verified_mode = UNSET
        elif isinstance(self.verified_mode, CourseHomeVerifiedMode):
            verified_mode = self.verified_mode.to_dict()
        else:
            verified_mode = self.verified_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "completion_summary": completion_summary,
                "course_grade": course_grade,
                "end": end,
                "enrollment_mode": enrollment_mode,
                "grading_policy": grading_policy,
                "has_scheduled_content": has_scheduled_content,
                "section_scores": section_scores,
                "studio_url": studio_url,
                "user_has_passing_grade": user_has_passing_grade,
                "username": username,
                "verification_data": verification_data,
                "access_expiration": access_expiration,
                "certificate_data": certificate_data,
                "credit_course_requirements": credit_course_requirements,
            }
        )
        if can_show_upgrade_sock is not UNSET:
            field_dict["can_show_upgrade_sock"] = can_show_upgrade_sock
        if verified_mode is not UNSET:
            field_dict["verified_mode"] = verified_mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.course_home_access_expiration import CourseHomeAccessExpiration
        from ..models.course_home_cert_data import CourseHomeCertData
        from ..models.course_home_completion_summary import CourseHomeCompletionSummary
        from ..models.course_home_course_grade import CourseHomeCourseGrade
        from ..models.course_home_credit_course_requirements import (
            CourseHomeCreditCourseRequirements,
        )
        from ..models.course_home_grading_policy import CourseHomeGradingPolicy
        from ..models.course_home_section_score import CourseHomeSectionScore
        from ..models.course_home_verification_data import CourseHomeVerificationData
        from ..models.course_home_verified_mode import CourseHomeVerifiedMode

        d = dict(src_dict)
        completion_summary = CourseHomeCompletionSummary.from_dict(
            d.pop("completion_summary")
        )

        course_grade = CourseHomeCourseGrade.from_dict(d.pop("course_grade"))

        end = d.pop("end")

        enrollment_mode = d.pop("enrollment_mode")

        grading_policy = CourseHomeGradingPolicy.from_dict(d.pop("grading_policy"))

        has_scheduled_content = d.pop("has_scheduled_content")
        if not (isinstance(has_scheduled_content, bool)):
            raise TypeError(
                f"has_scheduled_content: expected a boolean, got {type(has_scheduled_content).__name__}"
            )

        section_scores = []
        _section_scores = d.pop("section_scores")
        for section_scores_item_data in _section_scores:
            section_scores_item = CourseHomeSectionScore.from_dict(
                section_scores_item_data
            )

            section_scores.append(section_scores_item)

        studio_url = d.pop("studio_url")

        user_has_passing_grade = d.pop("user_has_passing_grade")
        if not (isinstance(user_has_passing_grade, bool)):
            raise TypeError(
                f"user_has_passing_grade: expected a boolean, got {type(user_has_passing_grade).__name__}"
            )

        username = d.pop("username")

        verification_data = CourseHomeVerificationData.from_dict(
            d.pop("verification_data")
        )

        def _parse_access_expiration(data: object) -> CourseHomeAccessExpiration | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                access_expiration_type_0 = CourseHomeAccessExpiration.from_dict(data)

                return access_expiration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CourseHomeAccessExpiration | None, data)

        access_expiration = _parse_access_expiration(d.pop("access_expiration"))

        def _parse_certificate_data(data: object) -> CourseHomeCertData | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                certificate_data_type_0 = CourseHomeCertData.from_dict(data)

                return certificate_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CourseHomeCertData | None, data)

        certificate_data = _parse_certificate_data(d.pop("certificate_data"))

        def _parse_credit_course_requirements(
            data: object,
        ) -> CourseHomeCreditCourseRequirements | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credit_course_requirements_type_0 = (
                    CourseHomeCreditCourseRequirements.from_dict(data)
                )

                return credit_course_requirements_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CourseHomeCreditCourseRequirements | None, data)

        credit_course_requirements = _parse_credit_course_requirements(
            d.pop("credit_course_requirements")
        )

        can_show_upgrade_sock = d.pop("can_show_upgrade_sock", UNSET)
        if not isinstance(can_show_upgrade_sock, Unset) and not (
            isinstance(can_show_upgrade_sock, bool)
        ):
            raise TypeError(
                f"can_show_upgrade_sock: expected a boolean, got {type(can_show_upgrade_sock).__name__}"
            )

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

        course_home_progress = cls(
            completion_summary=completion_summary,
            course_grade=course_grade,
            end=end,
            enrollment_mode=enrollment_mode,
            grading_policy=grading_policy,
            has_scheduled_content=has_scheduled_content,
            section_scores=section_scores,
            studio_url=studio_url,
            user_has_passing_grade=user_has_passing_grade,
            username=username,
            verification_data=verification_data,
            access_expiration=access_expiration,
            certificate_data=certificate_data,
            credit_course_requirements=credit_course_requirements,
            can_show_upgrade_sock=can_show_upgrade_sock,
            verified_mode=verified_mode,
        )

        course_home_progress.additional_properties = d
        return course_home_progress

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
