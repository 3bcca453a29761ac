from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.discussion_replace_usernames_request_username_mappings_item import (
        DiscussionReplaceUsernamesRequestUsernameMappingsItem,
    )


T = TypeVar("T", bound="DiscussionReplaceUsernamesRequest")


@_attrs_define
class DiscussionReplaceUsernamesRequest:
    """The usernames to replace in the forums.

    Attributes:
        username_mappings (list[DiscussionReplaceUsernamesRequestUsernameMappingsItem]): One object per user, mapping
            the current username to the new one.
    """

    username_mappings: list[DiscussionReplaceUsernamesRequestUsernameMappingsItem]
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
        from ..models.discussion_replace_usernames_request_username_mappings_item import (
            DiscussionReplaceUsernamesRequestUsernameMappingsItem,
        )

        d = dict(src_dict)
        username_mappings = []
        _username_mappings = d.pop("username_mappings")
        for username_mappings_item_data in _username_mappings:
            username_mappings_item = (
                DiscussionReplaceUsernamesRequestUsernameMappingsItem.from_dict(
                    username_mappings_item_data
                )
            )

            username_mappings.append(username_mappings_item)

        discussion_replace_usernames_request = cls(
            username_mappings=username_mappings,
        )

        discussion_replace_usernames_request.additional_properties = d
        return discussion_replace_usernames_request

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
