from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SubscriptionLicenseCounts")


@_attrs_define
class SubscriptionLicenseCounts:
    """Details about the licenses of a subscription plan.

    Attributes:
        activated (int): How many licenses of the plan are activated.
        assigned (int): How many licenses of the plan are assigned but not yet activated.
        unassigned (int): How many licenses of the plan are not assigned to anyone.
        revoked (int): How many licenses of the plan have been revoked.
        total (int): How many licenses the plan has, revoked ones not counted.
        allocated (int): How many licenses of the plan are allocated.
    """

    activated: int
    assigned: int
    unassigned: int
    revoked: int
    total: int
    allocated: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activated = self.activated

        assigned = self.assigned

        unassigned = self.unassigned

        revoked = self.revoked

        total = self.total

        allocated = self.allocated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activated": activated,
                "assigned": assigned,
                "unassigned": unassigned,
                "revoked": revoked,
                "total": total,
                "allocated": allocated,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        activated = d.pop("activated")
        if not (isinstance(activated, int) and not isinstance(activated, bool)):
            raise TypeError(
                f"activated: expected an integer, got {type(activated).__name__}"
            )

        assigned = d.pop("assigned")
        if not (isinstance(assigned, int) and not isinstance(assigned, bool)):
            raise TypeError(
                f"assigned: expected an integer, got {type(assigned).__name__}"
            )

        unassigned = d.pop("unassigned")
        if not (isinstance(unassigned, int) and not isinstance(unassigned, bool)):
            raise TypeError(
                f"unassigned: expected an integer, got {type(unassigned).__name__}"
            )

        revoked = d.pop("revoked")
        if not (isinstance(revoked, int) and not isinstance(revoked, bool)):
            raise TypeError(
                f"revoked: expected an integer, got {type(revoked).__name__}"
            )

        total = d.pop("total")
        if not (isinstance(total, int) and not isinstance(total, bool)):
            raise TypeError(f"total: expected an integer, got {type(total).__name__}")

        allocated = d.pop("allocated")
        if not (isinstance(allocated, int) and not isinstance(allocated, bool)):
            raise TypeError(
                f"allocated: expected an integer, got {type(allocated).__name__}"
            )

        subscription_license_counts = cls(
            activated=activated,
            assigned=assigned,
            unassigned=unassigned,
            revoked=revoked,
            total=total,
            allocated=allocated,
        )

        subscription_license_counts.additional_properties = d
        return subscription_license_counts

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
