from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EdxProctoringNoTimedExam")


@_attrs_define
class EdxProctoringNoTimedExam:
    """The requesting user has no attempt in progress.

    Attributes:
        in_timed_exam (bool):
        is_proctored (bool):
    """

    in_timed_exam: bool
    is_proctored: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        in_timed_exam = self.in_timed_exam

        is_proctored = self.is_proctored

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "in_timed_exam": in_timed_exam,
                "is_proctored": is_proctored,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        in_timed_exam = d.pop("in_timed_exam")
        if not (isinstance(in_timed_exam, bool)):
            raise TypeError(
                f"in_timed_exam: expected a boolean, got {type(in_timed_exam).__name__}"
            )

        is_proctored = d.pop("is_proctored")
        if not (isinstance(is_proctored, bool)):
            raise TypeError(
                f"is_proctored: expected a boolean, got {type(is_proctored).__name__}"
            )

        edx_proctoring_no_timed_exam = cls(
            in_timed_exam=in_timed_exam,
            is_proctored=is_proctored,
        )

        edx_proctoring_no_timed_exam.additional_properties = d
        return edx_proctoring_no_timed_exam

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
