from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EdxProctoringBulkAllowanceWrite")


@_attrs_define
class EdxProctoringBulkAllowanceWrite:
    """Allowances to add or update for every listed learner at every listed exam.

    Attributes:
        exam_ids (str): The exams' ids, comma-separated (spaces are ignored). Example: 1, 2.
        user_ids (str): The learners (usernames, emails or ids), comma-separated. Example: verified,audit.
        allowance_type (str): The kind of allowance: `additional_time_granted` (minutes), `time_multiplier` (a number of
            at least 1) or `review_policy_exception`.
        value (str): The allowance's value.
        course_id (str | Unset): The course, used to check that the caller is its staff.
    """

    exam_ids: str
    user_ids: str
    allowance_type: str
    value: str
    course_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exam_ids = self.exam_ids

        user_ids = self.user_ids

        allowance_type = self.allowance_type

        value = self.value

        course_id = self.course_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exam_ids": exam_ids,
                "user_ids": user_ids,
                "allowance_type": allowance_type,
                "value": value,
            }
        )
        if course_id is not UNSET:
            field_dict["course_id"] = course_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        exam_ids = d.pop("exam_ids")

        user_ids = d.pop("user_ids")

        allowance_type = d.pop("allowance_type")

        value = d.pop("value")

        course_id = d.pop("course_id", UNSET)

        edx_proctoring_bulk_allowance_write = cls(
            exam_ids=exam_ids,
            user_ids=user_ids,
            allowance_type=allowance_type,
            value=value,
            course_id=course_id,
        )

        edx_proctoring_bulk_allowance_write.additional_properties = d
        return edx_proctoring_bulk_allowance_write

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
