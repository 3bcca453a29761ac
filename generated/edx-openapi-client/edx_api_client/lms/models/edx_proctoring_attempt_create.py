from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EdxProctoringAttemptCreate")


@_attrs_define
class EdxProctoringAttemptCreate:
    """The exam to start an attempt at, and how.

    Attributes:
        exam_id (int): The exam.
        start_clock (str | Unset): "true" (any letter case) starts the timer at once; any other text, or none, leaves
            the attempt created. Must be a string.
        attempt_proctored (str | Unset): "true" (any letter case) takes a proctored exam proctored; otherwise a
            proctored exam's attempt is declined. Must be a string.
        external_id (str | Unset): Accepted and ignored.
    """

    exam_id: int
    start_clock: str | Unset = UNSET
    attempt_proctored: str | Unset = UNSET
    external_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exam_id = self.exam_id

        start_clock = self.start_clock

        attempt_proctored = self.attempt_proctored

        external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exam_id": exam_id,
            }
        )
        if start_clock is not UNSET:
            field_dict["start_clock"] = start_clock
        if attempt_proctored is not UNSET:
            field_dict["attempt_proctored"] = attempt_proctored
        if external_id is not UNSET:
            field_dict["external_id"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        exam_id = d.pop("exam_id")
        if not (isinstance(exam_id, int) and not isinstance(exam_id, bool)):
            raise TypeError(
                f"exam_id: expected an integer, got {type(exam_id).__name__}"
            )

        start_clock = d.pop("start_clock", UNSET)

        attempt_proctored = d.pop("attempt_proctored", UNSET)

        external_id = d.pop("external_id", UNSET)

        edx_proctoring_attempt_create = cls(
            exam_id=exam_id,
            start_clock=start_clock,
            attempt_proctored=attempt_proctored,
            external_id=external_id,
        )

        edx_proctoring_attempt_create.additional_properties = d
        return edx_proctoring_attempt_create

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
