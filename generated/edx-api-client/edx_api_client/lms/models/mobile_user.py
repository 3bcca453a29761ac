from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MobileUser")


@_attrs_define
class MobileUser:
    """The info of a user, with the URI of their course enrollments.

    Attributes:
        username (str): The user's username: at most 150 characters, made of letters, digits and the characters @ . + -
            _ only.
        course_enrollments (str | Unset): The URI of the list of the courses the user is enrolled in.
        email (str | Unset): The user's email address.
        id (int | Unset): The user's id.
        name (str | Unset): The user's full name.
    """

    username: str
    course_enrollments: str | Unset = UNSET
    email: str | Unset = UNSET
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        course_enrollments = self.course_enrollments

        email = self.email

        id = self.id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
            }
        )
        if course_enrollments is not UNSET:
            field_dict["course_enrollments"] = course_enrollments
        if email is not UNSET:
            field_dict["email"] = email
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        username = d.pop("username")

        course_enrollments = d.pop("course_enrollments", UNSET)

        email = d.pop("email", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        mobile_user = cls(
            username=username,
            course_enrollments=course_enrollments,
            email=email,
            id=id,
            name=name,
        )

        mobile_user.additional_properties = d
        return mobile_user

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
