from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.course_live_providers_providers_available import (
        CourseLiveProvidersProvidersAvailable,
    )


T = TypeVar("T", bound="CourseLiveProvidersProviders")


@_attrs_define
class CourseLiveProvidersProviders:
    """The course's provider and every enabled provider.

    Attributes:
        active (str): The id of the provider the course is configured with (for example `zoom` or `big_blue_button`), or
            an empty string.
        available (CourseLiveProvidersProvidersAvailable): Every enabled provider, keyed by its id.
    """

    active: str
    available: CourseLiveProvidersProvidersAvailable
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        available = self.available.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "available": available,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.course_live_providers_providers_available import (
            CourseLiveProvidersProvidersAvailable,
        )

        d = dict(src_dict)
        active = d.pop("active")

        available = CourseLiveProvidersProvidersAvailable.from_dict(d.pop("available"))

        course_live_providers_providers = cls(
            active=active,
            available=available,
        )

        course_live_providers_providers.additional_properties = d
        return course_live_providers_providers

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
