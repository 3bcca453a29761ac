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
        course_enrollments (str): The URI of the list of the courses the user is enrolled in.
        email (str): The user's email address.
        id (int): The user's id.
        username (str): The user's username: at most 150 characters, made of letters, digits and the characters @ . + -
            _ only.
        name (str | Unset): The user's full name (from the profile; left out when the user has no profile).
    """

    course_enrollments: str
    email: str
    id: int
    username: str
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_enrollments = self.course_enrollments

        email = self.email

        id = self.id

        username = self.username

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_enrollments": course_enrollments,
                "email": email,
                "id": id,
                "username": username,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        course_enrollments = d.pop("course_enrollments")

        email = d.pop("email")

        id = d.pop("id")
        if not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        username = d.pop("username")

        name = d.pop("name", UNSET)

        mobile_user = cls(
            course_enrollments=course_enrollments,
            email=email,
            id=id,
            username=username,
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
