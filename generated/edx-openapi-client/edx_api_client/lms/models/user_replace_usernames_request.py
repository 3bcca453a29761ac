from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.user_username_mapping import UserUsernameMapping


T = TypeVar("T", bound="UserReplaceUsernamesRequest")


@_attrs_define
class UserReplaceUsernamesRequest:
    """The usernames to replace.

    Attributes:
        username_mappings (list[UserUsernameMapping]): Objects that each map a current username (the key) to the
            username wanted (the value).
    """

    username_mappings: list[UserUsernameMapping]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username_mappings = []
        for username_mappings_item_data in self.username_mappings:
            username_mappings_item = username_mappings_item_data.to_dict()
            username_mappings.append(username_mappings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username_mappings": username_mappings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.user_username_mapping import UserUsernameMapping

        d = dict(src_dict)
        username_mappings = []
        _username_mappings = d.pop("username_mappings")
        for username_mappings_item_data in _username_mappings:
            username_mappings_item = UserUsernameMapping.from_dict(
                username_mappings_item_data
            )

            username_mappings.append(username_mappings_item)

        user_replace_usernames_request = cls(
            username_mappings=username_mappings,
        )

        user_replace_usernames_request.additional_properties = d
        return user_replace_usernames_request

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
