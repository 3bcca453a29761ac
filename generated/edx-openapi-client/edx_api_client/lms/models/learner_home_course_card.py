from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.learner_home_certificate import LearnerHomeCertificate
    from ..models.learner_home_course import LearnerHomeCourse
    from ..models.learner_home_course_provider import LearnerHomeCourseProvider
    from ..models.learner_home_course_run import LearnerHomeCourseRun
    from ..models.learner_home_credit import LearnerHomeCredit
    from ..models.learner_home_enrollment import LearnerHomeEnrollment
    from ..models.learner_home_entitlement import LearnerHomeEntitlement
    from ..models.learner_home_grade_data import LearnerHomeGradeData
    from ..models.learner_home_programs import LearnerHomePrograms


T = TypeVar("T", bound="LearnerHomeCourseCard")


@_attrs_define
class LearnerHomeCourseCard:
    """One course card: an enrollment, or an entitlement not yet used to enroll in a run. Both kinds have the same members;
    on an entitlement's card `courseRun`, `gradeData` and `certificate` are null, `credit` is empty and `enrollment`
    holds fixed values, and on an enrollment's card `entitlement` is empty unless the enrollment fulfils one.

        Attributes:
            course (LearnerHomeCourse): The course's header data. On an entitlement's card whose course is not found, the
                three strings are empty and `socialShareUrl` is absent.
            course_provider (LearnerHomeCourseProvider): The organization that provides the course.
            course_run (LearnerHomeCourseRun | None): The enrolled course run; null on an entitlement's card.
            enrollment (LearnerHomeEnrollment): The enrollment's state. On an entitlement's card it holds fixed values:
                every flag false, and `accessExpirationDate`, `lastEnrolled` and `mode` null.
            certificate (LearnerHomeCertificate | None): The certificate's state; null on an entitlement's card.
            entitlement (LearnerHomeEntitlement): A course entitlement. Empty on the card of an enrollment that does not
                fulfil one; otherwise every member is present.
            grade_data (LearnerHomeGradeData | None): The learner's grade standing; null on an entitlement's card.
            programs (LearnerHomePrograms): The programs that include the course.
            credit (LearnerHomeCredit): The learner's course credit state. Empty when the learner or the course is not
                eligible for credit (and on an entitlement's card); otherwise every member is present.
    """

    course: LearnerHomeCourse
    course_provider: LearnerHomeCourseProvider
    course_run: LearnerHomeCourseRun | None
    enrollment: LearnerHomeEnrollment
    certificate: LearnerHomeCertificate | None
    entitlement: LearnerHomeEntitlement
    grade_data: LearnerHomeGradeData | None
    programs: LearnerHomePrograms
    credit: LearnerHomeCredit
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.learner_home_certificate import LearnerHomeCertificate
        from ..models.learner_home_course_run import LearnerHomeCourseRun
        from ..models.learner_home_grade_data import LearnerHomeGradeData

        course = self.course.to_dict()

        course_provider = self.course_provider.to_dict()

        course_run: dict[str, Any] | None
        if isinstance(self.course_run, LearnerHomeCourseRun):
            course_run = self.course_run.to_dict()
        else:
            course_run = self.course_run

        enrollment = self.enrollment.to_dict()

        certificate: dict[str, Any] | None
        if isinstance(self.certificate, LearnerHomeCertificate):
            certificate = self.certificate.to_dict()
        else:
            certificate = self.certificate

        entitlement = self.entitlement.to_dict()

        grade_data: dict[str, Any] | None
        if isinstance(self.grade_data, LearnerHomeGradeData):
            grade_data = self.grade_data.to_dict()
        else:
            grade_data = self.grade_data

        programs = self.programs.to_dict()

        credit = self.credit.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course": course,
                "courseProvider": course_provider,
                "courseRun": course_run,
                "enrollment": enrollment,
                "certificate": certificate,
                "entitlement": entitlement,
                "gradeData": grade_data,
                "programs": programs,
                "credit": credit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.learner_home_certificate import LearnerHomeCertificate
        from ..models.learner_home_course import LearnerHomeCourse
        from ..models.learner_home_course_provider import LearnerHomeCourseProvider
        from ..models.learner_home_course_run import LearnerHomeCourseRun
        from ..models.learner_home_credit import LearnerHomeCredit
        from ..models.learner_home_enrollment import LearnerHomeEnrollment
        from ..models.learner_home_entitlement import LearnerHomeEntitlement
        from ..models.learner_home_grade_data import LearnerHomeGradeData
        from ..models.learner_home_programs import LearnerHomePrograms

        d = dict(src_dict)
        course = LearnerHomeCourse.from_dict(d.pop("course"))

        course_provider = LearnerHomeCourseProvider.from_dict(d.pop("courseProvider"))

        def _parse_course_run(data: object) -> LearnerHomeCourseRun | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                course_run_type_0 = LearnerHomeCourseRun.from_dict(data)

                return course_run_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LearnerHomeCourseRun | None, data)

        course_run = _parse_course_run(d.pop("courseRun"))

        enrollment = LearnerHomeEnrollment.from_dict(d.pop("enrollment"))

        def _parse_certificate(data: object) -> LearnerHomeCertificate | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                certificate_type_0 = LearnerHomeCertificate.from_dict(data)

                return certificate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LearnerHomeCertificate | None, data)

        certificate = _parse_certificate(d.pop("certificate"))

        entitlement = LearnerHomeEntitlement.from_dict(d.pop("entitlement"))

        def _parse_grade_data(data: object) -> LearnerHomeGradeData | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                grade_data_type_0 = LearnerHomeGradeData.from_dict(data)

                return grade_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LearnerHomeGradeData | None, data)

        grade_data = _parse_grade_data(d.pop("gradeData"))

        programs = LearnerHomePrograms.from_dict(d.pop("programs"))

        credit = LearnerHomeCredit.from_dict(d.pop("credit"))

        learner_home_course_card = cls(
            course=course,
            course_provider=course_provider,
            course_run=course_run,
            enrollment=enrollment,
            certificate=certificate,
            entitlement=entitlement,
            grade_data=grade_data,
            programs=programs,
            credit=credit,
        )

        learner_home_course_card.additional_properties = d
        return learner_home_course_card

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
