from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EdxProctoringAllowanceWrite")


@_attrs_define
class EdxProctoringAllowanceWrite:
    """An allowance to add or update.

    Attributes:
        exam_id (int): The exam.
        user_info (int | str): The learner's username or email, or their numeric id.
        key (str): The kind of allowance (`additional_time_granted` or `review_policy_exception`).
        value (str): The allowance's value; for additional time, a non-negative whole number of minutes.
        course_id (str | Unset): The exam's course, used only to check that the caller is its staff.
    """

    exam_id: int
    user_info: int | str
    key: str
    value: str
    course_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exam_id = self.exam_id

        user_info: int | str
        user_info = self.user_info

        key = self.key

        value = self.value

        course_id = self.course_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exam_id": exam_id,
                "user_info": user_info,
                "key": key,
                "value": value,
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

        def _parse_user_info(data: object) -> int | str:
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                user_info_type_1 = data
                if not (
                    isinstance(user_info_type_1, int)
                    and not isinstance(user_info_type_1, bool)
                ):
                    raise TypeError(
                        f"user_info_type_1: expected an integer, got {type(user_info_type_1).__name__}"
                    )

                return user_info_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | str, data)

        user_info = _parse_user_info(d.pop("user_info"))

        key = d.pop("key")

        value = d.pop("value")

        course_id = d.pop("course_id", UNSET)

        edx_proctoring_allowance_write = cls(
            exam_id=exam_id,
            user_info=user_info,
            key=key,
            value=value,
            course_id=course_id,
        )

        edx_proctoring_allowance_write.additional_properties = d
        return edx_proctoring_allowance_write

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
