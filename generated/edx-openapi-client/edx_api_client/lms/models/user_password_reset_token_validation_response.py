from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UserPasswordResetTokenValidationResponse")


@_attrs_define
class UserPasswordResetTokenValidationResponse:
    """Whether the token is valid.

    Attributes:
        is_valid (bool): True when the token may be used to reset the password.
    """

    is_valid: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_valid = self.is_valid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_valid": is_valid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_valid = d.pop("is_valid")
        if not (isinstance(is_valid, bool)):
            raise TypeError(
                f"is_valid: expected a boolean, got {type(is_valid).__name__}"
            )

        user_password_reset_token_validation_response = cls(
            is_valid=is_valid,
        )

        user_password_reset_token_validation_response.additional_properties = d
        return user_password_reset_token_validation_response

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
