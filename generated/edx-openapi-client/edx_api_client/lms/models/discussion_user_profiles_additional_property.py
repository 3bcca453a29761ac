from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.discussion_user_profiles_additional_property_profile import (
        DiscussionUserProfilesAdditionalPropertyProfile,
    )


T = TypeVar("T", bound="DiscussionUserProfilesAdditionalProperty")


@_attrs_define
class DiscussionUserProfilesAdditionalProperty:
    """
    Attributes:
        profile (DiscussionUserProfilesAdditionalPropertyProfile):
    """

    profile: DiscussionUserProfilesAdditionalPropertyProfile
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        profile = self.profile.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "profile": profile,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.discussion_user_profiles_additional_property_profile import (
            DiscussionUserProfilesAdditionalPropertyProfile,
        )

        d = dict(src_dict)
        profile = DiscussionUserProfilesAdditionalPropertyProfile.from_dict(
            d.pop("profile")
        )

        discussion_user_profiles_additional_property = cls(
            profile=profile,
        )

        discussion_user_profiles_additional_property.additional_properties = d
        return discussion_user_profiles_additional_property

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
