from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DiscountsCourseUserDiscount")


@_attrs_define
class DiscountsCourseUserDiscount:
    """Whether a discount applies to a user's purchase of a course, with a JWT that carries it.

    Attributes:
        discount_applicable (bool): Whether the user gets the discount on the course.
        jwt (str): A signed JWT for the requesting user whose additional claims are `discount_applicable` and
            `discount_percent` (the course's discount percentage).
    """

    discount_applicable: bool
    jwt: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        discount_applicable = self.discount_applicable

        jwt = self.jwt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "discount_applicable": discount_applicable,
                "jwt": jwt,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        discount_applicable = d.pop("discount_applicable")
        if not (isinstance(discount_applicable, bool)):
            raise TypeError(
                f"discount_applicable: expected a boolean, got {type(discount_applicable).__name__}"
            )

        jwt = d.pop("jwt")

        discounts_course_user_discount = cls(
            discount_applicable=discount_applicable,
            jwt=jwt,
        )

        discounts_course_user_discount.additional_properties = d
        return discounts_course_user_discount

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
