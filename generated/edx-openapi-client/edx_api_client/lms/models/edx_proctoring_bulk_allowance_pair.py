from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EdxProctoringBulkAllowancePair")


@_attrs_define
class EdxProctoringBulkAllowancePair:
    """One exam and learner pair of a bulk allowance update, as sent.

    Attributes:
        exam_id (str):
        user_id (str):
    """

    exam_id: str
    user_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exam_id = self.exam_id

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exam_id": exam_id,
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        exam_id = d.pop("exam_id")

        user_id = d.pop("user_id")

        edx_proctoring_bulk_allowance_pair = cls(
            exam_id=exam_id,
            user_id=user_id,
        )

        edx_proctoring_bulk_allowance_pair.additional_properties = d
        return edx_proctoring_bulk_allowance_pair

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
