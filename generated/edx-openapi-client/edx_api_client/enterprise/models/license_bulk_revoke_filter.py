from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.license_status import LicenseStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="LicenseBulkRevokeFilter")


@_attrs_define
class LicenseBulkRevokeFilter:
    """One revocation criterion: either a user email value to look licenses up by, or a list of license statuses (see
    LicenseStatus). The doc names neither member.

        Attributes:
            user_email (str | Unset): A user email value (or part of one) to look licenses up by.
            status_in (list[LicenseStatus] | Unset): Revoke the licenses that are in any of these states.
    """

    user_email: str | Unset = UNSET
    status_in: list[LicenseStatus] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_email = self.user_email

        status_in: list[str] | Unset = UNSET
        if not isinstance(self.status_in, Unset):
            status_in = []
            for status_in_item_data in self.status_in:
                status_in_item = status_in_item_data.value
                status_in.append(status_in_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_email is not UNSET:
            field_dict["user_email"] = user_email
        if status_in is not UNSET:
            field_dict["status_in"] = status_in

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_email = d.pop("user_email", UNSET)

        _status_in = d.pop("status_in", UNSET)
        status_in: list[LicenseStatus] | Unset = UNSET
        if _status_in is not UNSET:
            status_in = []
            for status_in_item_data in _status_in:
                status_in_item = LicenseStatus(status_in_item_data)

                status_in.append(status_in_item)

        license_bulk_revoke_filter = cls(
            user_email=user_email,
            status_in=status_in,
        )

        license_bulk_revoke_filter.additional_properties = d
        return license_bulk_revoke_filter

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
