from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserRegistrationConflict")


@_attrs_define
class UserRegistrationConflict:
    """Why the registration conflicts with an existing account: per field (`email`, `username`), the messages for the user,
    with an error code and, for a taken username, suggestions.

        Attributes:
            error_code (str): The kind of conflict, such as `duplicate-email` or `duplicate-username`.
            username_suggestions (list[str] | Unset): Usernames still free, suggested when the username is taken.
    """

    error_code: str
    username_suggestions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_code = self.error_code

        username_suggestions: list[str] | Unset = UNSET
        if not isinstance(self.username_suggestions, Unset):
            username_suggestions = self.username_suggestions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error_code": error_code,
            }
        )
        if username_suggestions is not UNSET:
            field_dict["username_suggestions"] = username_suggestions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        error_code = d.pop("error_code")

        username_suggestions = cast(list[str], d.pop("username_suggestions", UNSET))

        user_registration_conflict = cls(
            error_code=error_code,
            username_suggestions=username_suggestions,
        )

        user_registration_conflict.additional_properties = d
        return user_registration_conflict

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
