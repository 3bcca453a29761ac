from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DiscussionRoleMember")


@_attrs_define
class DiscussionRoleMember:
    """A member of a forum role.

    Attributes:
        username (str): The member's username.
        email (str): The member's email address.
        first_name (str): The member's first name.
        last_name (str): The member's last name.
        group_name (None | str): The name of the member's cohort group in the course's division scheme, or null.
    """

    username: str
    email: str
    first_name: str
    last_name: str
    group_name: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        group_name: None | str
        group_name = self.group_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "email": email,
                "first_name": first_name,
                "last_name": last_name,
                "group_name": group_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        username = d.pop("username")

        email = d.pop("email")

        first_name = d.pop("first_name")

        last_name = d.pop("last_name")

        def _parse_group_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        group_name = _parse_group_name(d.pop("group_name"))

        discussion_role_member = cls(
            username=username,
            email=email,
            first_name=first_name,
            last_name=last_name,
            group_name=group_name,
        )

        discussion_role_member.additional_properties = d
        return discussion_role_member

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
