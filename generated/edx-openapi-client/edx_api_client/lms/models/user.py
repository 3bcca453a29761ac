from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.user_preferences import UserPreferences


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A User record of the LMS.

    Attributes:
        email (str): The user's email address.
        id (int): The user's identifier.
        name (str): The user's name.
        url (str): The URL of this user record.
        username (str): The username: required, at most 150 characters, made of letters, digits and @ . + - _ only.
        preferences (UserPreferences): A user's preferences, each key mapped to its value.
    """

    email: str
    id: int
    name: str
    url: str
    username: str
    preferences: UserPreferences
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        id = self.id

        name = self.name

        url = self.url

        username = self.username

        preferences = self.preferences.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "id": id,
                "name": name,
                "url": url,
                "username": username,
                "preferences": preferences,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.user_preferences import UserPreferences

        d = dict(src_dict)
        email = d.pop("email")

        id = d.pop("id")
        if not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        name = d.pop("name")

        url = d.pop("url")

        username = d.pop("username")

        preferences = UserPreferences.from_dict(d.pop("preferences"))

        user = cls(
            email=email,
            id=id,
            name=name,
            url=url,
            username=username,
            preferences=preferences,
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
