from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MfeContextProvider")


@_attrs_define
class MfeContextProvider:
    """A third-party auth provider as the sign-in pages show it.

    Attributes:
        id (None | str): The provider's id.
        name (None | str): The provider's display name.
        icon_class (None | str): The icon's CSS class, or null.
        icon_image (None | str): The URL of the provider's icon image, or null.
        skip_hinted_login (bool): Whether a hinted sign-in goes straight to the provider.
        skip_registration_form (bool): Whether registration through this provider skips the registration form.
        login_url (None | str): The URL that starts signing in with the provider.
        register_url (None | str): The URL that starts registering with the provider.
    """

    id: None | str
    name: None | str
    icon_class: None | str
    icon_image: None | str
    skip_hinted_login: bool
    skip_registration_form: bool
    login_url: None | str
    register_url: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str
        id = self.id

        name: None | str
        name = self.name

        icon_class: None | str
        icon_class = self.icon_class

        icon_image: None | str
        icon_image = self.icon_image

        skip_hinted_login = self.skip_hinted_login

        skip_registration_form = self.skip_registration_form

        login_url: None | str
        login_url = self.login_url

        register_url: None | str
        register_url = self.register_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "iconClass": icon_class,
                "iconImage": icon_image,
                "skipHintedLogin": skip_hinted_login,
                "skipRegistrationForm": skip_registration_form,
                "loginUrl": login_url,
                "registerUrl": register_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        id = _parse_id(d.pop("id"))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_icon_class(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        icon_class = _parse_icon_class(d.pop("iconClass"))

        def _parse_icon_image(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        icon_image = _parse_icon_image(d.pop("iconImage"))

        skip_hinted_login = d.pop("skipHintedLogin")
        if not (isinstance(skip_hinted_login, bool)):
            raise TypeError(
                f"skipHintedLogin: expected a boolean, got {type(skip_hinted_login).__name__}"
            )

        skip_registration_form = d.pop("skipRegistrationForm")
        if not (isinstance(skip_registration_form, bool)):
            raise TypeError(
                f"skipRegistrationForm: expected a boolean, got {type(skip_registration_form).__name__}"
            )

        def _parse_login_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        login_url = _parse_login_url(d.pop("loginUrl"))

        def _parse_register_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        register_url = _parse_register_url(d.pop("registerUrl"))

        mfe_context_provider = cls(
            id=id,
            name=name,
            icon_class=icon_class,
            icon_image=icon_image,
            skip_hinted_login=skip_hinted_login,
            skip_registration_form=skip_registration_form,
            login_url=login_url,
            register_url=register_url,
        )

        mfe_context_provider.additional_properties = d
        return mfe_context_provider

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
