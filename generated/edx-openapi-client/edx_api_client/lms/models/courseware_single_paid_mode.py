from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CoursewareSinglePaidMode")


@_attrs_define
class CoursewareSinglePaidMode:
    """The course's one paid mode when checkout goes through the ecommerce service; an empty object otherwise.

    Attributes:
        sku (Any | Unset): The mode's stock keeping unit.
        name (Any | Unset): The mode's name.
        min_price (Any | Unset): The mode's minimum price.
        description (Any | Unset): The mode's description.
    """

    sku: Any | Unset = UNSET
    name: Any | Unset = UNSET
    min_price: Any | Unset = UNSET
    description: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sku = self.sku

        name = self.name

        min_price = self.min_price

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sku is not UNSET:
            field_dict["sku"] = sku
        if name is not UNSET:
            field_dict["name"] = name
        if min_price is not UNSET:
            field_dict["min_price"] = min_price
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sku = d.pop("sku", UNSET)

        name = d.pop("name", UNSET)

        min_price = d.pop("min_price", UNSET)

        description = d.pop("description", UNSET)

        courseware_single_paid_mode = cls(
            sku=sku,
            name=name,
            min_price=min_price,
            description=description,
        )

        courseware_single_paid_mode.additional_properties = d
        return courseware_single_paid_mode

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
