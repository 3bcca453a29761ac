from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MfeConfig")


@_attrs_define
class MfeConfig:
    """MFE settings by name. Written from the doc's example response, which lists the settings below and ends with "… and
    so on": further settings may appear, and which ones are present depends on the site's configuration, so none is
    required.

        Attributes:
            base_url (str | Unset): The base URL of the MFE.
            language_preference_cookie_name (str | Unset): The name of the cookie that holds the user's language preference.
            credentials_base_url (str | Unset): The base URL of the Credentials service.
            discovery_api_base_url (str | Unset): The base URL of the Discovery (course catalog) API.
            lms_base_url (str | Unset): The base URL of the LMS.
            login_url (str | Unset): The URL of the login page.
            logout_url (str | Unset): The URL that logs the user out.
            studio_base_url (str | Unset): The base URL of Studio.
            logo_url (str | Unset): The URL of the site's logo image.
    """

    base_url: str | Unset = UNSET
    language_preference_cookie_name: str | Unset = UNSET
    credentials_base_url: str | Unset = UNSET
    discovery_api_base_url: str | Unset = UNSET
    lms_base_url: str | Unset = UNSET
    login_url: str | Unset = UNSET
    logout_url: str | Unset = UNSET
    studio_base_url: str | Unset = UNSET
    logo_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_url = self.base_url

        language_preference_cookie_name = self.language_preference_cookie_name

        credentials_base_url = self.credentials_base_url

        discovery_api_base_url = self.discovery_api_base_url

        lms_base_url = self.lms_base_url

        login_url = self.login_url

        logout_url = self.logout_url

        studio_base_url = self.studio_base_url

        logo_url = self.logo_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base_url is not UNSET:
            field_dict["BASE_URL"] = base_url
        if language_preference_cookie_name is not UNSET:
            field_dict["LANGUAGE_PREFERENCE_COOKIE_NAME"] = (
                language_preference_cookie_name
            )
        if credentials_base_url is not UNSET:
            field_dict["CREDENTIALS_BASE_URL"] = credentials_base_url
        if discovery_api_base_url is not UNSET:
            field_dict["DISCOVERY_API_BASE_URL"] = discovery_api_base_url
        if lms_base_url is not UNSET:
            field_dict["LMS_BASE_URL"] = lms_base_url
        if login_url is not UNSET:
            field_dict["LOGIN_URL"] = login_url
        if logout_url is not UNSET:
            field_dict["LOGOUT_URL"] = logout_url
        if studio_base_url is not UNSET:
            field_dict["STUDIO_BASE_URL"] = studio_base_url
        if logo_url is not UNSET:
            field_dict["LOGO_URL"] = logo_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        base_url = d.pop("BASE_URL", UNSET)

        language_preference_cookie_name = d.pop(
            "LANGUAGE_PREFERENCE_COOKIE_NAME", UNSET
        )

        credentials_base_url = d.pop("CREDENTIALS_BASE_URL", UNSET)

        discovery_api_base_url = d.pop("DISCOVERY_API_BASE_URL", UNSET)

        lms_base_url = d.pop("LMS_BASE_URL", UNSET)

        login_url = d.pop("LOGIN_URL", UNSET)

        logout_url = d.pop("LOGOUT_URL", UNSET)

        studio_base_url = d.pop("STUDIO_BASE_URL", UNSET)

        logo_url = d.pop("LOGO_URL", UNSET)

        mfe_config = cls(
            base_url=base_url,
            language_preference_cookie_name=language_preference_cookie_name,
            credentials_base_url=credentials_base_url,
            discovery_api_base_url=discovery_api_base_url,
            lms_base_url=lms_base_url,
            login_url=login_url,
            logout_url=logout_url,
            studio_base_url=studio_base_url,
            logo_url=logo_url,
        )

        mfe_config.additional_properties = d
        return mfe_config

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
