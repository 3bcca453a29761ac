from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UserAccountProfileImage")


@_attrs_define
class UserAccountProfileImage:
    """Whether the user has a profile image, and the URL of each configured size of it (`image_url_full`,
    `image_url_large`, and so on).

        Attributes:
            has_image (bool): Whether the user uploaded a profile image.
    """

    has_image: bool
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_image = self.has_image

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "has_image": has_image,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        has_image = d.pop("has_image")
        if not (isinstance(has_image, bool)):
            raise TypeError(
                f"has_image: expected a boolean, got {type(has_image).__name__}"
            )

        user_account_profile_image = cls(
            has_image=has_image,
        )

        user_account_profile_image.additional_properties = d
        return user_account_profile_image

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
