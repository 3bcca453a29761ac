from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UserEmailOptInRequest")


@_attrs_define
class UserEmailOptInRequest:
    """The organization, named by one of its courses, and the opt-in choice.

    Attributes:
        course_id (str): A course key; the preference is for the course's organization.
        email_opt_in (str): `true` (in any case) to opt in; any other value opts out.
    """

    course_id: str
    email_opt_in: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_id = self.course_id

        email_opt_in = self.email_opt_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_id": course_id,
                "email_opt_in": email_opt_in,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        course_id = d.pop("course_id")

        email_opt_in = d.pop("email_opt_in")

        user_email_opt_in_request = cls(
            course_id=course_id,
            email_opt_in=email_opt_in,
        )

        user_email_opt_in_request.additional_properties = d
        return user_email_opt_in_request

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
