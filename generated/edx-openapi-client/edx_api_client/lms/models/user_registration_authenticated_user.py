from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UserRegistrationAuthenticatedUser")


@_attrs_define
class UserRegistrationAuthenticatedUser:
    """The user just created and signed in.

    Attributes:
        username (str): The username.
        full_name (str): The user's full name.
        user_id (int): The user's identifier.
    """

    username: str
    full_name: str
    user_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        full_name = self.full_name

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "full_name": full_name,
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        username = d.pop("username")

        full_name = d.pop("full_name")

        user_id = d.pop("user_id")
        if not (isinstance(user_id, int) and not isinstance(user_id, bool)):
            raise TypeError(
                f"user_id: expected an integer, got {type(user_id).__name__}"
            )

        user_registration_authenticated_user = cls(
            username=username,
            full_name=full_name,
            user_id=user_id,
        )

        user_registration_authenticated_user.additional_properties = d
        return user_registration_authenticated_user

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
