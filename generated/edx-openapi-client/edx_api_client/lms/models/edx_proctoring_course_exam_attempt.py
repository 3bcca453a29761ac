from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.edx_proctoring_attempt_data import EdxProctoringAttemptData
    from ..models.edx_proctoring_empty import EdxProctoringEmpty
    from ..models.edx_proctoring_learner_exam import EdxProctoringLearnerExam


T = TypeVar("T", bound="EdxProctoringCourseExamAttempt")


@_attrs_define
class EdxProctoringCourseExamAttempt:
    """An exam of the course with the learner's attempt, and the active attempt.

    Attributes:
        exam (EdxProctoringEmpty | EdxProctoringLearnerExam): The exam the content id names, or an empty object.
        active_attempt (EdxProctoringAttemptData | EdxProctoringEmpty): The learner's attempt whose timer is running, or
            an empty object.
    """

    exam: EdxProctoringEmpty | EdxProctoringLearnerExam
    active_attempt: EdxProctoringAttemptData | EdxProctoringEmpty
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.edx_proctoring_attempt_data import EdxProctoringAttemptData
        from ..models.edx_proctoring_learner_exam import EdxProctoringLearnerExam

        exam: dict[str, Any]
        if isinstance(self.exam, EdxProctoringLearnerExam):
            exam = self.exam.to_dict()
        else:
            exam = self.exam.to_dict()

        active_attempt: dict[str, Any]
        if isinstance(self.active_attempt, EdxProctoringAttemptData):
            active_attempt = self.active_attempt.to_dict()
        else:
            active_attempt = self.active_attempt.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exam": exam,
                "active_attempt": active_attempt,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.edx_proctoring_attempt_data import EdxProctoringAttemptData
        from ..models.edx_proctoring_empty import EdxProctoringEmpty
        from ..models.edx_proctoring_learner_exam import EdxProctoringLearnerExam

        d = dict(src_dict)

        def _parse_exam(data: object) -> EdxProctoringEmpty | EdxProctoringLearnerExam:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                exam_type_0 = EdxProctoringLearnerExam.from_dict(data)

                return exam_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError(
                    f"exam: expected dict[str, Any], got {type(data).__name__}"
                )
            exam_type_1 = EdxProctoringEmpty.from_dict(data)

            return exam_type_1

        exam = _parse_exam(d.pop("exam"))

        def _parse_active_attempt(
            data: object,
        ) -> EdxProctoringAttemptData | EdxProctoringEmpty:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                active_attempt_type_0 = EdxProctoringAttemptData.from_dict(data)

                return active_attempt_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError(
                    f"active_attempt: expected dict[str, Any], got {type(data).__name__}"
                )
            active_attempt_type_1 = EdxProctoringEmpty.from_dict(data)

            return active_attempt_type_1

        active_attempt = _parse_active_attempt(d.pop("active_attempt"))

        edx_proctoring_course_exam_attempt = cls(
            exam=exam,
            active_attempt=active_attempt,
        )

        edx_proctoring_course_exam_attempt.additional_properties = d
        return edx_proctoring_course_exam_attempt

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
