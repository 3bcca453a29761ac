from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserLoginSessionRequest")


@_attrs_define
class UserLoginSessionRequest:
    """The credentials sent as POST parameters to log in.

    Attributes:
        email (str | Unset): The user's email address.
        email_or_username (str | Unset): The user's email address or username, in place of `email` for v2.
        password (str | Unset): The user's password.
        analytics (str | Unset): A JSON object, as a string, whose `enroll_course_id` names the course the user logs in
            to enroll in, for analytics events.
    """

    email: str | Unset = UNSET
    email_or_username: str | Unset = UNSET
    password: str | Unset = UNSET
    analytics: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        email_or_username = self.email_or_username

        password = self.password

        analytics = self.analytics

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if email_or_username is not UNSET:
            field_dict["email_or_username"] = email_or_username
        if password is not UNSET:
            field_dict["password"] = password
        if analytics is not UNSET:
            field_dict["analytics"] = analytics

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email = d.pop("email", UNSET)

        email_or_username = d.pop("email_or_username", UNSET)

        password = d.pop("password", UNSET)

        analytics = d.pop("analytics", UNSET)

        user_login_session_request = cls(
            email=email,
            email_or_username=email_or_username,
            password=password,
            analytics=analytics,
        )

        user_login_session_request.additional_properties = d
        return user_login_session_request

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
