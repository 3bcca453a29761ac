from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EdxProctoringAttemptActionResult")


@_attrs_define
class EdxProctoringAttemptActionResult:
    """The attempt acted on: its id, or false when an `error` report left the attempt as it was (the deployment lets that
    proctoring service's ping failures pass, or the attempt was already submitted).

        Attributes:
            exam_attempt_id (bool | int):
    """

    exam_attempt_id: bool | int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exam_attempt_id: bool | int
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

        def _parse_exam_attempt_id(data: object) -> bool | int:
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                exam_attempt_id_type_0 = data
                if not (
                    isinstance(exam_attempt_id_type_0, int)
                    and not isinstance(exam_attempt_id_type_0, bool)
                ):
                    raise TypeError(
                        f"exam_attempt_id_type_0: expected an integer, got {type(exam_attempt_id_type_0).__name__}"
                    )

                return exam_attempt_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (isinstance(data, bool)):
                raise TypeError(
                    f"exam_attempt_id: expected bool | int, got {type(data).__name__}"
                )
            exam_attempt_id_type_1 = data
            if not (isinstance(exam_attempt_id_type_1, bool)):
                raise TypeError(
                    f"exam_attempt_id_type_1: expected a boolean, got {type(exam_attempt_id_type_1).__name__}"
                )

            return exam_attempt_id_type_1

        exam_attempt_id = _parse_exam_attempt_id(d.pop("exam_attempt_id"))

        edx_proctoring_attempt_action_result = cls(
            exam_attempt_id=exam_attempt_id,
        )

        edx_proctoring_attempt_action_result.additional_properties = d
        return edx_proctoring_attempt_action_result

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
