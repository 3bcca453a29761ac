from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DiscussionCaptchaSettings")


@_attrs_define
class DiscussionCaptchaSettings:
    """Whether posting in the course needs a reCAPTCHA, and the site key to show one with.

    Attributes:
        enabled (bool): Whether learners must pass a reCAPTCHA to post.
        site_key (None | str): The reCAPTCHA site key of the web platform, when one is configured.
    """

    enabled: bool
    site_key: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        site_key: None | str
        site_key = self.site_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
                "site_key": site_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enabled = d.pop("enabled")
        if not (isinstance(enabled, bool)):
            raise TypeError(
                f"enabled: expected a boolean, got {type(enabled).__name__}"
            )

        def _parse_site_key(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        site_key = _parse_site_key(d.pop("site_key"))

        discussion_captcha_settings = cls(
            enabled=enabled,
            site_key=site_key,
        )

        discussion_captcha_settings.additional_properties = d
        return discussion_captcha_settings

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
