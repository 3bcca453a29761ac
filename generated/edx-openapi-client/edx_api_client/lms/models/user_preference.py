from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.user import User


T = TypeVar("T", bound="UserPreference")


@_attrs_define
class UserPreference:
    """A UserPreference record, one key-value preference of a user.

    Attributes:
        key (str): The preference's key.
        url (str): The URL of this preference record.
        user (User): A User record of the LMS.
        value (str): The preference's value.
    """

    key: str
    url: str
    user: User
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        url = self.url

        user = self.user.to_dict()

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "url": url,
                "user": user,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.user import User

        d = dict(src_dict)
        key = d.pop("key")

        url = d.pop("url")

        user = User.from_dict(d.pop("user"))

        value = d.pop("value")

        user_preference = cls(
            key=key,
            url=url,
            user=user,
            value=value,
        )

        user_preference.additional_properties = d
        return user_preference

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
