from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreditRequestCreateRequest")


@_attrs_define
class CreditRequestCreateRequest:
    """Who requests credit in which course: the service reads two members, `course_key` and `username`, both required.

    Attributes:
        course_key (str): The key of the credit course (400 when it cannot be parsed).
        username (str): The learner requesting credit (400 when missing).
    """

    course_key: str
    username: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_key = self.course_key

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_key": course_key,
                "username": username,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        course_key = d.pop("course_key")

        username = d.pop("username")

        credit_request_create_request = cls(
            course_key=course_key,
            username=username,
        )

        credit_request_create_request.additional_properties = d
        return credit_request_create_request

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
