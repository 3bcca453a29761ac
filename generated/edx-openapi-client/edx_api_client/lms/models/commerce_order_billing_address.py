from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CommerceOrderBillingAddress")


@_attrs_define
class CommerceOrderBillingAddress:
    """The billing address of an order.

    Attributes:
        first_name (str | Unset): The buyer's first name.
        last_name (str | Unset): The buyer's last name.
        line1 (str | Unset): The first address line.
        line2 (str | Unset): The second address line.
        postcode (str | Unset): The postal code.
        state (str | Unset): The state or region.
        country (str | Unset): The country.
        city (str | Unset): The city.
    """

    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    line1: str | Unset = UNSET
    line2: str | Unset = UNSET
    postcode: str | Unset = UNSET
    state: str | Unset = UNSET
    country: str | Unset = UNSET
    city: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        line1 = self.line1

        line2 = self.line2

        postcode = self.postcode

        state = self.state

        country = self.country

        city = self.city

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if line1 is not UNSET:
            field_dict["line1"] = line1
        if line2 is not UNSET:
            field_dict["line2"] = line2
        if postcode is not UNSET:
            field_dict["postcode"] = postcode
        if state is not UNSET:
            field_dict["state"] = state
        if country is not UNSET:
            field_dict["country"] = country
        if city is not UNSET:
            field_dict["city"] = city

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        line1 = d.pop("line1", UNSET)

        line2 = d.pop("line2", UNSET)

        postcode = d.pop("postcode", UNSET)

        state = d.pop("state", UNSET)

        country = d.pop("country", UNSET)

        city = d.pop("city", UNSET)

        commerce_order_billing_address = cls(
            first_name=first_name,
            last_name=last_name,
            line1=line1,
            line2=line2,
            postcode=postcode,
            state=state,
            country=country,
            city=city,
        )

        commerce_order_billing_address.additional_properties = d
        return commerce_order_billing_address

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
