from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OraStaffGraderBatchUnlockRequest")


@_attrs_define
class OraStaffGraderBatchUnlockRequest:
    """The list of submissions whose locks are to be released, under `submissionUUIDs`.

    Attributes:
        submission_uui_ds (list[str]): The UUIDs of the submissions (or team submissions) to unlock; only the caller's
            own locks among them are released.
    """

    submission_uui_ds: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        submission_uui_ds = self.submission_uui_ds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "submissionUUIDs": submission_uui_ds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        submission_uui_ds = cast(list[str], d.pop("submissionUUIDs"))

        ora_staff_grader_batch_unlock_request = cls(
            submission_uui_ds=submission_uui_ds,
        )

        ora_staff_grader_batch_unlock_request.additional_properties = d
        return ora_staff_grader_batch_unlock_request

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
