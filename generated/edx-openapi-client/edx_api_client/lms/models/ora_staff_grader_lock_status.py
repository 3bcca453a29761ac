from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ora_staff_grader_lock_status_lock_status import (
    OraStaffGraderLockStatusLockStatus,
)

T = TypeVar("T", bound="OraStaffGraderLockStatus")


@_attrs_define
class OraStaffGraderLockStatus:
    """A submission's grading lock status.

    Attributes:
        lock_status (OraStaffGraderLockStatusLockStatus): Whether the submission's grading lock is free (`unlocked`),
            held by another grader (`locked`) or held by the caller (`in-progress`).
    """

    lock_status: OraStaffGraderLockStatusLockStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lock_status = self.lock_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lockStatus": lock_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        lock_status = OraStaffGraderLockStatusLockStatus(d.pop("lockStatus"))

        ora_staff_grader_lock_status = cls(
            lock_status=lock_status,
        )

        ora_staff_grader_lock_status.additional_properties = d
        return ora_staff_grader_lock_status

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
