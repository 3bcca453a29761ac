from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EdxProctoringAttemptId")


@_attrs_define
class EdxProctoringAttemptId:
    """The id of the attempt created.

    Attributes:
        exam_attempt_id (int):
    """

    exam_attempt_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exam_attempt_id = self.exam_attempt_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exam_attempt_id": exam_attempt_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        exam_attempt_id = d.pop("exam_attempt_id")
        if not (
            isinstance(exam_attempt_id, int) and not isinstance(exam_attempt_id, bool)
        ):
            raise TypeError(
                f"exam_attempt_id: expected an integer, got {type(exam_attempt_id).__name__}"
            )

        edx_proctoring_attempt_id = cls(
            exam_attempt_id=exam_attempt_id,
        )

        edx_proctoring_attempt_id.additional_properties = d
        return edx_proctoring_attempt_id

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
