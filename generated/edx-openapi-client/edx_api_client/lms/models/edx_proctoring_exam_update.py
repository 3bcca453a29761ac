from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EdxProctoringExamUpdate")


@_attrs_define
class EdxProctoringExamUpdate:
    """The exam to change, and the members to change.

    Attributes:
        exam_id (int):
        exam_name (str | Unset):
        time_limit_mins (int | Unset):
        is_proctored (bool | Unset):
        is_practice_exam (bool | Unset):
        external_id (str | Unset):
        is_active (bool | Unset):
        hide_after_due (bool | Unset):
    """

    exam_id: int
    exam_name: str | Unset = UNSET
    time_limit_mins: int | Unset = UNSET
    is_proctored: bool | Unset = UNSET
    is_practice_exam: bool | Unset = UNSET
    external_id: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    hide_after_due: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exam_id = self.exam_id

        exam_name = self.exam_name

        time_limit_mins = self.time_limit_mins

        is_proctored = self.is_proctored

        is_practice_exam = self.is_practice_exam

        external_id = self.external_id

        is_active = self.is_active

        hide_after_due = self.hide_after_due

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exam_id": exam_id,
            }
        )
        if exam_name is not UNSET:
            field_dict["exam_name"] = exam_name
        if time_limit_mins is not UNSET:
            field_dict["time_limit_mins"] = time_limit_mins
        if is_proctored is not UNSET:
            field_dict["is_proctored"] = is_proctored
        if is_practice_exam is not UNSET:
            field_dict["is_practice_exam"] = is_practice_exam
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if hide_after_due is not UNSET:
            field_dict["hide_after_due"] = hide_after_due

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        exam_id = d.pop("exam_id")
        if not (isinstance(exam_id, int) and not isinstance(exam_id, bool)):
            raise TypeError(
                f"exam_id: expected an integer, got {type(exam_id).__name__}"
            )

        exam_name = d.pop("exam_name", UNSET)

        time_limit_mins = d.pop("time_limit_mins", UNSET)
        if not isinstance(time_limit_mins, Unset) and not (
            isinstance(time_limit_mins, int) and not isinstance(time_limit_mins, bool)
        ):
            raise TypeError(
                f"time_limit_mins: expected an integer, got {type(time_limit_mins).__name__}"
            )

        is_proctored = d.pop("is_proctored", UNSET)
        if not isinstance(is_proctored, Unset) and not (isinstance(is_proctored, bool)):
            raise TypeError(
                f"is_proctored: expected a boolean, got {type(is_proctored).__name__}"
            )

        is_practice_exam = d.pop("is_practice_exam", UNSET)
        if not isinstance(is_practice_exam, Unset) and not (
            isinstance(is_practice_exam, bool)
        ):
            raise TypeError(
                f"is_practice_exam: expected a boolean, got {type(is_practice_exam).__name__}"
            )

        external_id = d.pop("external_id", UNSET)

        is_active = d.pop("is_active", UNSET)
        if not isinstance(is_active, Unset) and not (isinstance(is_active, bool)):
            raise TypeError(
                f"is_active: expected a boolean, got {type(is_active).__name__}"
            )

        hide_after_due = d.pop("hide_after_due", UNSET)
        if not isinstance(hide_after_due, Unset) and not (
            isinstance(hide_after_due, bool)
        ):
            raise TypeError(
                f"hide_after_due: expected a boolean, got {type(hide_after_due).__name__}"
            )

        edx_proctoring_exam_update = cls(
            exam_id=exam_id,
            exam_name=exam_name,
            time_limit_mins=time_limit_mins,
            is_proctored=is_proctored,
            is_practice_exam=is_practice_exam,
            external_id=external_id,
            is_active=is_active,
            hide_after_due=hide_after_due,
        )

        edx_proctoring_exam_update.additional_properties = d
        return edx_proctoring_exam_update

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
