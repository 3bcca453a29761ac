from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EdxProctoringAllowanceDelete")


@_attrs_define
class EdxProctoringAllowanceDelete:
    """The allowance to remove.

    Attributes:
        exam_id (int):
        user_id (int): The learner's numeric id.
        key (str):
        course_id (str | Unset): The exam's course, used only to check that the caller is its staff.
    """

    exam_id: int
    user_id: int
    key: str
    course_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exam_id = self.exam_id

        user_id = self.user_id

        key = self.key

        course_id = self.course_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exam_id": exam_id,
                "user_id": user_id,
                "key": key,
            }
        )
        if course_id is not UNSET:
            field_dict["course_id"] = course_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        exam_id = d.pop("exam_id")
        if not (isinstance(exam_id, int) and not isinstance(exam_id, bool)):
            raise TypeError(
                f"exam_id: expected an integer, got {type(exam_id).__name__}"
            )

        user_id = d.pop("user_id")
        if not (isinstance(user_id, int) and not isinstance(user_id, bool)):
            raise TypeError(
                f"user_id: expected an integer, got {type(user_id).__name__}"
            )

        key = d.pop("key")

        course_id = d.pop("course_id", UNSET)

        edx_proctoring_allowance_delete = cls(
            exam_id=exam_id,
            user_id=user_id,
            key=key,
            course_id=course_id,
        )

        edx_proctoring_allowance_delete.additional_properties = d
        return edx_proctoring_allowance_delete

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
