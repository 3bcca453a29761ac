from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CommerceBasketRequest")


@_attrs_define
class CommerceBasketRequest:
    """What the basket view reads from the request.

    Attributes:
        course_id (str): The course run key of the course to enroll in; missing, malformed or unknown keys are answered
            406.
        email_opt_in (bool | Unset): Whether the learner accepts marketing email from the course's organization; left
            unchanged when absent.
    """

    course_id: str
    email_opt_in: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_id = self.course_id

        email_opt_in = self.email_opt_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_id": course_id,
            }
        )
        if email_opt_in is not UNSET:
            field_dict["email_opt_in"] = email_opt_in

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        course_id = d.pop("course_id")

        email_opt_in = d.pop("email_opt_in", UNSET)
        if not isinstance(email_opt_in, Unset) and not (isinstance(email_opt_in, bool)):
            raise TypeError(
                f"email_opt_in: expected a boolean, got {type(email_opt_in).__name__}"
            )

        commerce_basket_request = cls(
            course_id=course_id,
            email_opt_in=email_opt_in,
        )

        commerce_basket_request.additional_properties = d
        return commerce_basket_request

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
