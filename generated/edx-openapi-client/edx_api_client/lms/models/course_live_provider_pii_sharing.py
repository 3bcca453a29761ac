from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CourseLiveProviderPiiSharing")


@_attrs_define
class CourseLiveProviderPiiSharing:
    """Which personal information the provider needs.

    Attributes:
        username (bool): Whether the provider needs the learner's username.
        email (bool): Whether the provider needs the learner's email address.
    """

    username: bool
    email: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "email": email,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        username = d.pop("username")
        if not (isinstance(username, bool)):
            raise TypeError(
                f"username: expected a boolean, got {type(username).__name__}"
            )

        email = d.pop("email")
        if not (isinstance(email, bool)):
            raise TypeError(f"email: expected a boolean, got {type(email).__name__}")

        course_live_provider_pii_sharing = cls(
            username=username,
            email=email,
        )

        course_live_provider_pii_sharing.additional_properties = d
        return course_live_provider_pii_sharing

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
