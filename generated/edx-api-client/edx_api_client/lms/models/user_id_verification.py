from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserIdVerification")


@_attrs_define
class UserIdVerification:
    """One ID verification of a user.

    Attributes:
        expiration_datetime (str): When the verification expires.
        status (str): The verification's status.
        updated_at (str): When the verification was last updated.
        message (str | Unset): A message about the verification.
        receipt_id (str | Unset): The receipt identifier of the verification.
        type_ (str | Unset): The kind of verification.
    """

    expiration_datetime: str
    status: str
    updated_at: str
    message: str | Unset = UNSET
    receipt_id: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expiration_datetime = self.expiration_datetime

        status = self.status

        updated_at = self.updated_at

        message = self.message

        receipt_id = self.receipt_id

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expiration_datetime": expiration_datetime,
                "status": status,
                "updated_at": updated_at,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if receipt_id is not UNSET:
            field_dict["receipt_id"] = receipt_id
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        expiration_datetime = d.pop("expiration_datetime")

        status = d.pop("status")

        updated_at = d.pop("updated_at")

        message = d.pop("message", UNSET)

        receipt_id = d.pop("receipt_id", UNSET)

        type_ = d.pop("type", UNSET)

        user_id_verification = cls(
            expiration_datetime=expiration_datetime,
            status=status,
            updated_at=updated_at,
            message=message,
            receipt_id=receipt_id,
            type_=type_,
        )

        user_id_verification.additional_properties = d
        return user_id_verification

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
