from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreditEligibility")


@_attrs_define
class CreditEligibility:
    """A user's eligibility for credit in one course.

    Attributes:
        username (str): The username of the eligible learner.
        course_key (str | Unset): The key of the course.
        deadline (str | Unset): The deadline for purchasing and requesting credit.
    """

    username: str
    course_key: str | Unset = UNSET
    deadline: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        course_key = self.course_key

        deadline = self.deadline

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
            }
        )
        if course_key is not UNSET:
            field_dict["course_key"] = course_key
        if deadline is not UNSET:
            field_dict["deadline"] = deadline

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        username = d.pop("username")

        course_key = d.pop("course_key", UNSET)

        deadline = d.pop("deadline", UNSET)

        credit_eligibility = cls(
            username=username,
            course_key=course_key,
            deadline=deadline,
        )

        credit_eligibility.additional_properties = d
        return credit_eligibility

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
