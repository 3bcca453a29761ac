from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DiscussionProfileImage")


@_attrs_define
class DiscussionProfileImage:
    """A user's profile image: whether one was uploaded and its URLs by size, as the platform's accounts API gives them.

    Attributes:
        has_image (bool | Unset): Whether the user uploaded an image (otherwise the URLs are the default image's).
        image_url_full (str | Unset): The URL of the full-size image.
        image_url_large (str | Unset): The URL of the large image.
        image_url_medium (str | Unset): The URL of the medium image.
        image_url_small (str | Unset): The URL of the small image.
    """

    has_image: bool | Unset = UNSET
    image_url_full: str | Unset = UNSET
    image_url_large: str | Unset = UNSET
    image_url_medium: str | Unset = UNSET
    image_url_small: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_image = self.has_image

        image_url_full = self.image_url_full

        image_url_large = self.image_url_large

        image_url_medium = self.image_url_medium

        image_url_small = self.image_url_small

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if has_image is not UNSET:
            field_dict["has_image"] = has_image
        if image_url_full is not UNSET:
            field_dict["image_url_full"] = image_url_full
        if image_url_large is not UNSET:
            field_dict["image_url_large"] = image_url_large
        if image_url_medium is not UNSET:
            field_dict["image_url_medium"] = image_url_medium
        if image_url_small is not UNSET:
            field_dict["image_url_small"] = image_url_small

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        has_image = d.pop("has_image", UNSET)
        if not isinstance(has_image, Unset) and not (isinstance(has_image, bool)):
            raise TypeError(
                f"has_image: expected a boolean, got {type(has_image).__name__}"
            )

        image_url_full = d.pop("image_url_full", UNSET)

        image_url_large = d.pop("image_url_large", UNSET)

        image_url_medium = d.pop("image_url_medium", UNSET)

        image_url_small = d.pop("image_url_small", UNSET)

        discussion_profile_image = cls(
            has_image=has_image,
            image_url_full=image_url_full,
            image_url_large=image_url_large,
            image_url_medium=image_url_medium,
            image_url_small=image_url_small,
        )

        discussion_profile_image.additional_properties = d
        return discussion_profile_image

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
