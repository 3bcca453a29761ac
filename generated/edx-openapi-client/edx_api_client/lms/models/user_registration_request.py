from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserRegistrationRequest")


@_attrs_define
class UserRegistrationRequest:
    """Registration form fields. Every field the site's registration form requires must be sent, and fields not listed here
    are allowed; the form description (GET on this path) lists the site's fields. `course_id` is optional. The members
    below are the ones the registration view itself reads.

        Attributes:
            course_id (str | Unset): The course the user is enrolling in while registering, reported in analytics events.
            email (str | Unset): The email address of the new account.
            username (str | Unset): The username wanted; sites that generate usernames fill it in when it is missing.
            password (str | Unset): The password; replaced by a generated one when a third-party login registers the user.
            country (str | Unset): The user's country code; an unknown code answers 400.
            honor_code (str | Unset): The honor code checkbox; also taken as the terms of service when those are not sent.
            terms_of_service (str | Unset): The terms of service checkbox.
            marketing_emails_opt_in (str | Unset): `true` or `1` when the user agrees to marketing emails.
            provider (str | Unset): A third-party login backend, for registering from a mobile app with its token.
            access_token (str | Unset): The third-party access token that goes with `provider`.
    """

    course_id: str | Unset = UNSET
    email: str | Unset = UNSET
    username: str | Unset = UNSET
    password: str | Unset = UNSET
    country: str | Unset = UNSET
    honor_code: str | Unset = UNSET
    terms_of_service: str | Unset = UNSET
    marketing_emails_opt_in: str | Unset = UNSET
    provider: str | Unset = UNSET
    access_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_id = self.course_id

        email = self.email

        username = self.username

        password = self.password

        country = self.country

        honor_code = self.honor_code

        terms_of_service = self.terms_of_service

        marketing_emails_opt_in = self.marketing_emails_opt_in

        provider = self.provider

        access_token = self.access_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if course_id is not UNSET:
            field_dict["course_id"] = course_id
        if email is not UNSET:
            field_dict["email"] = email
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if country is not UNSET:
            field_dict["country"] = country
        if honor_code is not UNSET:
            field_dict["honor_code"] = honor_code
        if terms_of_service is not UNSET:
            field_dict["terms_of_service"] = terms_of_service
        if marketing_emails_opt_in is not UNSET:
            field_dict["marketing_emails_opt_in"] = marketing_emails_opt_in
        if provider is not UNSET:
            field_dict["provider"] = provider
        if access_token is not UNSET:
            field_dict["access_token"] = access_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        course_id = d.pop("course_id", UNSET)

        email = d.pop("email", UNSET)

        username = d.pop("username", UNSET)

        password = d.pop("password", UNSET)

        country = d.pop("country", UNSET)

        honor_code = d.pop("honor_code", UNSET)

        terms_of_service = d.pop("terms_of_service", UNSET)

        marketing_emails_opt_in = d.pop("marketing_emails_opt_in", UNSET)

        provider = d.pop("provider", UNSET)

        access_token = d.pop("access_token", UNSET)

        user_registration_request = cls(
            course_id=course_id,
            email=email,
            username=username,
            password=password,
            country=country,
            honor_code=honor_code,
            terms_of_service=terms_of_service,
            marketing_emails_opt_in=marketing_emails_opt_in,
            provider=provider,
            access_token=access_token,
        )

        user_registration_request.additional_properties = d
        return user_registration_request

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
