from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LearnerHomeSocialShareSite")


@_attrs_define
class LearnerHomeSocialShareSite:
    """Whether sharing on one social network is offered, and how.

    Attributes:
        is_enabled (bool): Whether sharing on the network is offered on the dashboard.
        social_brand (str): The brand named in shared posts (edX.org unless configured).
        utm_params (None | str): The encoded UTM parameters added to shared links, or null when none is configured for
            the network.
    """

    is_enabled: bool
    social_brand: str
    utm_params: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_enabled = self.is_enabled

        social_brand = self.social_brand

        utm_params: None | str
        utm_params = self.utm_params

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isEnabled": is_enabled,
                "socialBrand": social_brand,
                "utmParams": utm_params,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_enabled = d.pop("isEnabled")
        if not (isinstance(is_enabled, bool)):
            raise TypeError(
                f"isEnabled: expected a boolean, got {type(is_enabled).__name__}"
            )

        social_brand = d.pop("socialBrand")

        def _parse_utm_params(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        utm_params = _parse_utm_params(d.pop("utmParams"))

        learner_home_social_share_site = cls(
            is_enabled=is_enabled,
            social_brand=social_brand,
            utm_params=utm_params,
        )

        learner_home_social_share_site.additional_properties = d
        return learner_home_social_share_site

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
