from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A User record of the LMS.

    Attributes:
        username (str): The username: required, at most 150 characters, made of letters, digits and @ . + - _ only.
        email (str | Unset): The user's email address.
        id (int | Unset): The user's identifier.
        name (str | Unset): The user's name.
        preferences (str | Unset): The user's preferences.
        url (str | Unset): The URL of this user record.
    """

    username: str
    email: str | Unset = UNSET
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    preferences: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        email = self.email

        id = self.id

        name = self.name

        preferences = self.preferences

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if preferences is not UNSET:
            field_dict["preferences"] = preferences
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        username = d.pop("username")

        email = d.pop("email", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        preferences = d.pop("preferences", UNSET)

        url = d.pop("url", UNSET)

        user = cls(
            username=username,
            email=email,
            id=id,
            name=name,
            preferences=preferences,
            url=url,
        )

        user.additional_properties = d
        return user

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
