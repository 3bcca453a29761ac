from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_account_social_link_platform import UserAccountSocialLinkPlatform

T = TypeVar("T", bound="UserAccountSocialLink")


@_attrs_define
class UserAccountSocialLink:
    """The user's profile on a social platform.

    Attributes:
        platform (UserAccountSocialLinkPlatform): The social platform.
        social_link (str): The link to the user's profile there.
    """

    platform: UserAccountSocialLinkPlatform
    social_link: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform = self.platform.value

        social_link = self.social_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform": platform,
                "social_link": social_link,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        platform = UserAccountSocialLinkPlatform(d.pop("platform"))

        social_link = d.pop("social_link")

        user_account_social_link = cls(
            platform=platform,
            social_link=social_link,
        )

        user_account_social_link.additional_properties = d
        return user_account_social_link

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
