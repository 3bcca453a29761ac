from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EntitlementUnenrollRequest")


@_attrs_define
class EntitlementUnenrollRequest:
    """Options of an unenrollment made through an entitlement.

    Attributes:
        is_refund (bool | Unset): When given, the entitlement's expiration is set and a refund is issued besides the
            unenrollment. The doc gives no type; a flag is assumed from its name.
    """

    is_refund: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_refund = self.is_refund

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_refund is not UNSET:
            field_dict["is_refund"] = is_refund

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_refund = d.pop("is_refund", UNSET)

        entitlement_unenroll_request = cls(
            is_refund=is_refund,
        )

        entitlement_unenroll_request.additional_properties = d
        return entitlement_unenroll_request

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
