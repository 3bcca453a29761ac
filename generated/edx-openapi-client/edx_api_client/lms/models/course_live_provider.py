from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.course_live_provider_pii_sharing import CourseLiveProviderPiiSharing


T = TypeVar("T", bound="CourseLiveProvider")


@_attrs_define
class CourseLiveProvider:
    """A live provider and what it needs.

    Attributes:
        name (str): The provider's display name.
        has_free_tier (bool): Whether the platform holds global credentials for the provider, so a course can use it
            without its own (the free tier).
        features (list[str]): The provider's features.
        pii_sharing (CourseLiveProviderPiiSharing): Which personal information the provider needs.
        additional_parameters (list[str]): The extra parameters a course's configuration must give for this provider
            (`custom_instructor_email` for Zoom).
    """

    name: str
    has_free_tier: bool
    features: list[str]
    pii_sharing: CourseLiveProviderPiiSharing
    additional_parameters: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        has_free_tier = self.has_free_tier

        features = self.features

        pii_sharing = self.pii_sharing.to_dict()

        additional_parameters = self.additional_parameters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "has_free_tier": has_free_tier,
                "features": features,
                "pii_sharing": pii_sharing,
                "additional_parameters": additional_parameters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.course_live_provider_pii_sharing import (
            CourseLiveProviderPiiSharing,
        )

        d = dict(src_dict)
        name = d.pop("name")

        has_free_tier = d.pop("has_free_tier")
        if not (isinstance(has_free_tier, bool)):
            raise TypeError(
                f"has_free_tier: expected a boolean, got {type(has_free_tier).__name__}"
            )

        features = cast(list[str], d.pop("features"))

        pii_sharing = CourseLiveProviderPiiSharing.from_dict(d.pop("pii_sharing"))

        additional_parameters = cast(list[str], d.pop("additional_parameters"))

        course_live_provider = cls(
            name=name,
            has_free_tier=has_free_tier,
            features=features,
            pii_sharing=pii_sharing,
            additional_parameters=additional_parameters,
        )

        course_live_provider.additional_properties = d
        return course_live_provider

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
