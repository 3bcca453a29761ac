from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_id_verification_type import UserIdVerificationType

T = TypeVar("T", bound="UserIdVerification")


@_attrs_define
class UserIdVerification:
    """One ID verification of a user.

    Attributes:
        expiration_datetime (datetime.datetime): When the verification expires.
        message (str): A message about the verification: the error of a photo verification, the reason of a manual one,
            empty for single sign-on.
        receipt_id (None | str): The receipt identifier of a photo verification; null for other kinds.
        status (str): The verification's status.
        type_ (UserIdVerificationType): The kind of verification.
        updated_at (datetime.datetime): When the verification was last updated.
    """

    expiration_datetime: datetime.datetime
    message: str
    receipt_id: None | str
    status: str
    type_: UserIdVerificationType
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expiration_datetime = self.expiration_datetime.isoformat()

        message = self.message

        receipt_id: None | str
        receipt_id = self.receipt_id

        status = self.status

        type_ = self.type_.value

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expiration_datetime": expiration_datetime,
                "message": message,
                "receipt_id": receipt_id,
                "status": status,
                "type": type_,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        expiration_datetime = datetime.datetime.fromisoformat(
            d.pop("expiration_datetime")
        )

        message = d.pop("message")

        def _parse_receipt_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        receipt_id = _parse_receipt_id(d.pop("receipt_id"))

        status = d.pop("status")

        type_ = UserIdVerificationType(d.pop("type"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        user_id_verification = cls(
            expiration_datetime=expiration_datetime,
            message=message,
            receipt_id=receipt_id,
            status=status,
            type_=type_,
            updated_at=updated_at,
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
