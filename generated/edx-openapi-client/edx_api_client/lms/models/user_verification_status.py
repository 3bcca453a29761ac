from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UserVerificationStatus")


@_attrs_define
class UserVerificationStatus:
    """Where the user's ID verification stands: its status, when it expires and whether the user counts as verified.

    Attributes:
        status (str): The status of the user's verification, for example `pending` or `approved`.
        expiration_datetime (str): When the verification expires, as a date-time string; empty while the verification is
            not approved.
        is_verified (bool): Whether the user counts as ID-verified.
    """

    status: str
    expiration_datetime: str
    is_verified: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        expiration_datetime = self.expiration_datetime

        is_verified = self.is_verified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "expiration_datetime": expiration_datetime,
                "is_verified": is_verified,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = d.pop("status")

        expiration_datetime = d.pop("expiration_datetime")

        is_verified = d.pop("is_verified")
        if not (isinstance(is_verified, bool)):
            raise TypeError(
                f"is_verified: expected a boolean, got {type(is_verified).__name__}"
            )

        user_verification_status = cls(
            status=status,
            expiration_datetime=expiration_datetime,
            is_verified=is_verified,
        )

        user_verification_status.additional_properties = d
        return user_verification_status

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
