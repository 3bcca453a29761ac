from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LtiConsumerMember")


@_attrs_define
class LtiConsumerMember:
    """A member of the course. `name` and `email` are answered only when the course allows sharing personal information
    with LTI tools and the platform does not forbid it.

        Attributes:
            status (str): The member's status (Active).
            user_id (str): The member's external user id for LTI.
            roles (list[str]): The member's LTI context role URIs, derived from the course roles.
            name (str | Unset): The member's full name (only when personal information may be shared).
            email (str | Unset): The member's email address (only when personal information may be shared).
    """

    status: str
    user_id: str
    roles: list[str]
    name: str | Unset = UNSET
    email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        user_id = self.user_id

        roles = self.roles

        name = self.name

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "user_id": user_id,
                "roles": roles,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = d.pop("status")

        user_id = d.pop("user_id")

        roles = cast(list[str], d.pop("roles"))

        name = d.pop("name", UNSET)

        email = d.pop("email", UNSET)

        lti_consumer_member = cls(
            status=status,
            user_id=user_id,
            roles=roles,
            name=name,
            email=email,
        )

        lti_consumer_member.additional_properties = d
        return lti_consumer_member

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
