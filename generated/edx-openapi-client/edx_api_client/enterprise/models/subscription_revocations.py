from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SubscriptionRevocations")


@_attrs_define
class SubscriptionRevocations:
    """How many licenses of a subscription plan have been revoked under its revocation cap, and how many more may be.

    Attributes:
        applied (int): How many revocations have been made against the plan.
        remaining (int): How many revocations the cap still allows: a share of the plan's licenses, less those already
            applied.
    """

    applied: int
    remaining: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        applied = self.applied

        remaining = self.remaining

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "applied": applied,
                "remaining": remaining,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        applied = d.pop("applied")
        if not (isinstance(applied, int) and not isinstance(applied, bool)):
            raise TypeError(
                f"applied: expected an integer, got {type(applied).__name__}"
            )

        remaining = d.pop("remaining")
        if not (isinstance(remaining, int) and not isinstance(remaining, bool)):
            raise TypeError(
                f"remaining: expected an integer, got {type(remaining).__name__}"
            )

        subscription_revocations = cls(
            applied=applied,
            remaining=remaining,
        )

        subscription_revocations.additional_properties = d
        return subscription_revocations

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
