from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ThirdPartyAuthUserMapping")


@_attrs_define
class ThirdPartyAuthUserMapping:
    """A link between an edX user and their account at the third-party provider.

    Attributes:
        remote_id (str): The user's id at the third-party auth provider.
        username (str): The user's edX username.
    """

    remote_id: str
    username: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        remote_id = self.remote_id

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "remote_id": remote_id,
                "username": username,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        remote_id = d.pop("remote_id")

        username = d.pop("username")

        third_party_auth_user_mapping = cls(
            remote_id=remote_id,
            username=username,
        )

        third_party_auth_user_mapping.additional_properties = d
        return third_party_auth_user_mapping

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
