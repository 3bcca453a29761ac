from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.edx_proctoring_allowance import EdxProctoringAllowance
    from ..models.edx_proctoring_attempt import EdxProctoringAttempt
    from ..models.edx_proctoring_exam import EdxProctoringExam


T = TypeVar("T", bound="EdxProctoringActiveExam")


@_attrs_define
class EdxProctoringActiveExam:
    """An exam the user has an attempt in progress at.

    Attributes:
        exam (EdxProctoringExam): A timed or proctored exam: a subsection of a course with a time limit, as the plugin's
            exam serializer writes it.
        attempt (EdxProctoringAttempt): A learner's attempt at an exam, as the plugin's attempt serializer writes it.
        allowances (list[EdxProctoringAllowance]):
    """

    exam: EdxProctoringExam
    attempt: EdxProctoringAttempt
    allowances: list[EdxProctoringAllowance]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exam = self.exam.to_dict()

        attempt = self.attempt.to_dict()

        allowances = []
        for allowances_item_data in self.allowances:
            allowances_item = allowances_item_data.to_dict()
            allowances.append(allowances_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exam": exam,
                "attempt": attempt,
                "allowances": allowances,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.edx_proctoring_allowance import EdxProctoringAllowance
        from ..models.edx_proctoring_attempt import EdxProctoringAttempt
        from ..models.edx_proctoring_exam import EdxProctoringExam

        d = dict(src_dict)
        exam = EdxProctoringExam.from_dict(d.pop("exam"))

        attempt = EdxProctoringAttempt.from_dict(d.pop("attempt"))

        allowances = []
        _allowances = d.pop("allowances")
        for allowances_item_data in _allowances:
            allowances_item = EdxProctoringAllowance.from_dict(allowances_item_data)

            allowances.append(allowances_item)

        edx_proctoring_active_exam = cls(
            exam=exam,
            attempt=attempt,
            allowances=allowances,
        )

        edx_proctoring_active_exam.additional_properties = d
        return edx_proctoring_active_exam

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
