from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.course_live_lti_configuration import CourseLiveLtiConfiguration


T = TypeVar("T", bound="CourseLiveConfiguration")


@_attrs_define
class CourseLiveConfiguration:
    """The live (LTI) provider configuration of a course.

    Attributes:
        provider_type (str): The identifier of the LTI provider.
        course_key (str | Unset): The key of the course (read only).
        enabled (bool | Unset): Whether the LTI is enabled; when false, the LTI in the course is disabled.
        free_tier (bool | Unset): True when the LTI credentials are provided by the organization globally.
        pii_sharing_allowed (bool | Unset): Whether the course allows sharing learners' personal information with LTI
            tools (read only).
        lti_configuration (CourseLiveLtiConfiguration | None | Unset): The LTI configuration of the course's live
            provider; null when the course uses the provider's free tier (the platform's global credentials).
    """

    provider_type: str
    course_key: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    free_tier: bool | Unset = UNSET
    pii_sharing_allowed: bool | Unset = UNSET
    lti_configuration: CourseLiveLtiConfiguration | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.course_live_lti_configuration import CourseLiveLtiConfiguration

        provider_type = self.provider_type

        course_key = self.course_key

        enabled = self.enabled

        free_tier = self.free_tier

        pii_sharing_allowed = self.pii_sharing_allowed

        lti_configuration: dict[str, Any] | None | Unset
        if isinstance(self.lti_configuration, Unset):
            lti_configuration = UNSET
        elif isinstance(self.lti_configuration, CourseLiveLtiConfiguration):
            lti_configuration = self.lti_configuration.to_dict()
        else:
            lti_configuration = self.lti_configuration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider_type": provider_type,
            }
        )
        if course_key is not UNSET:
            field_dict["course_key"] = course_key
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if free_tier is not UNSET:
            field_dict["free_tier"] = free_tier
        if pii_sharing_allowed is not UNSET:
            field_dict["pii_sharing_allowed"] = pii_sharing_allowed
        if lti_configuration is not UNSET:
            field_dict["lti_configuration"] = lti_configuration

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.course_live_lti_configuration import CourseLiveLtiConfiguration

        d = dict(src_dict)
        provider_type = d.pop("provider_type")

        course_key = d.pop("course_key", UNSET)

        enabled = d.pop("enabled", UNSET)
        if not isinstance(enabled, Unset) and not (isinstance(enabled, bool)):
            raise TypeError(
                f"enabled: expected a boolean, got {type(enabled).__name__}"
            )

        free_tier = d.pop("free_tier", UNSET)
        if not isinstance(free_tier, Unset) and not (isinstance(free_tier, bool)):
            raise TypeError(
                f"free_tier: expected a boolean, got {type(free_tier).__name__}"
            )

        pii_sharing_allowed = d.pop("pii_sharing_allowed", UNSET)
        if not isinstance(pii_sharing_allowed, Unset) and not (
            isinstance(pii_sharing_allowed, bool)
        ):
            raise TypeError(
                f"pii_sharing_allowed: expected a boolean, got {type(pii_sharing_allowed).__name__}"
            )

        def _parse_lti_configuration(
            data: object,
        ) -> CourseLiveLtiConfiguration | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                lti_configuration_type_0 = CourseLiveLtiConfiguration.from_dict(data)

                return lti_configuration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CourseLiveLtiConfiguration | None | Unset, data)

        lti_configuration = _parse_lti_configuration(d.pop("lti_configuration", UNSET))

        course_live_configuration = cls(
            provider_type=provider_type,
            course_key=course_key,
            enabled=enabled,
            free_tier=free_tier,
            pii_sharing_allowed=pii_sharing_allowed,
            lti_configuration=lti_configuration,
        )

        course_live_configuration.additional_properties = d
        return course_live_configuration

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
