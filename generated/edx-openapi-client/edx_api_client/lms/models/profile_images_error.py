from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProfileImagesError")


@_attrs_define
class ProfileImagesError:
    """Why an upload was refused, for the developer and for the user.

    Attributes:
        developer_message (str): An explanation meant for the developer.
        user_message (str): A translated explanation that can be shown to the user.
    """

    developer_message: str
    user_message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        developer_message = self.developer_message

        user_message = self.user_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "developer_message": developer_message,
                "user_message": user_message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        developer_message = d.pop("developer_message")

        user_message = d.pop("user_message")

        profile_images_error = cls(
            developer_message=developer_message,
            user_message=user_message,
        )

        profile_images_error.additional_properties = d
        return profile_images_error

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
