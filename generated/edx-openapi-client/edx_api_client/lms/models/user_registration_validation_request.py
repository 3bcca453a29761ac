from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserRegistrationValidationRequest")


@_attrs_define
class UserRegistrationValidationRequest:
    """Registration inputs to check, keyed by form field name; any subset may be sent.

    Attributes:
        name (str | Unset): The user's full name.
        username (str | Unset): The username wanted.
        email (str | Unset): The user's email address.
        confirm_email (str | Unset): The email address typed a second time.
        password (str | Unset): The password wanted.
        country (str | Unset): The user's country, as a country code (for example `PK`).
        form_field_key (str | Unset): Check only this field (one of the fields above) instead of every field sent.
        reset_password_page (str | Unset): `true` when the password is checked for the password reset page.
    """

    name: str | Unset = UNSET
    username: str | Unset = UNSET
    email: str | Unset = UNSET
    confirm_email: str | Unset = UNSET
    password: str | Unset = UNSET
    country: str | Unset = UNSET
    form_field_key: str | Unset = UNSET
    reset_password_page: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        username = self.username

        email = self.email

        confirm_email = self.confirm_email

        password = self.password

        country = self.country

        form_field_key = self.form_field_key

        reset_password_page = self.reset_password_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if username is not UNSET:
            field_dict["username"] = username
        if email is not UNSET:
            field_dict["email"] = email
        if confirm_email is not UNSET:
            field_dict["confirm_email"] = confirm_email
        if password is not UNSET:
            field_dict["password"] = password
        if country is not UNSET:
            field_dict["country"] = country
        if form_field_key is not UNSET:
            field_dict["form_field_key"] = form_field_key
        if reset_password_page is not UNSET:
            field_dict["reset_password_page"] = reset_password_page

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        username = d.pop("username", UNSET)

        email = d.pop("email", UNSET)

        confirm_email = d.pop("confirm_email", UNSET)

        password = d.pop("password", UNSET)

        country = d.pop("country", UNSET)

        form_field_key = d.pop("form_field_key", UNSET)

        reset_password_page = d.pop("reset_password_page", UNSET)

        user_registration_validation_request = cls(
            name=name,
            username=username,
            email=email,
            confirm_email=confirm_email,
            password=password,
            country=country,
            form_field_key=form_field_key,
            reset_password_page=reset_password_page,
        )

        user_registration_validation_request.additional_properties = d
        return user_registration_validation_request

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
