from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.commerce_order_line_product import CommerceOrderLineProduct


T = TypeVar("T", bound="CommerceOrderLine")


@_attrs_define
class CommerceOrderLine:
    """One line of an order. Members of `product` beyond those the ecommerce service describes are its own.

    Attributes:
        title (str | Unset): The title of what was bought.
        quantity (int | Unset): How many were bought.
        course_organization (None | str | Unset): The organization of the course the product is a seat of, if any.
        description (str | Unset): The line's description.
        status (str | Unset): The line's status.
        line_price_excl_tax (str | Unset): The line's price without tax, as a decimal string.
        unit_price_excl_tax (None | str | Unset): The unit price without tax, as a decimal string.
        product (CommerceOrderLineProduct | Unset): The product bought, as the ecommerce service's product serializer
            describes it.
    """

    title: str | Unset = UNSET
    quantity: int | Unset = UNSET
    course_organization: None | str | Unset = UNSET
    description: str | Unset = UNSET
    status: str | Unset = UNSET
    line_price_excl_tax: str | Unset = UNSET
    unit_price_excl_tax: None | str | Unset = UNSET
    product: CommerceOrderLineProduct | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        quantity = self.quantity

        course_organization: None | str | Unset
        if isinstance(self.course_organization, Unset):
            course_organization = UNSET
        else:
            course_organization = self.course_organization

        description = self.description

        status = self.status

        line_price_excl_tax = self.line_price_excl_tax

        unit_price_excl_tax: None | str | Unset
        if isinstance(self.unit_price_excl_tax, Unset):
            unit_price_excl_tax = UNSET
        else:
            unit_price_excl_tax = self.unit_price_excl_tax

        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if course_organization is not UNSET:
            field_dict["course_organization"] = course_organization
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if line_price_excl_tax is not UNSET:
            field_dict["line_price_excl_tax"] = line_price_excl_tax
        if unit_price_excl_tax is not UNSET:
            field_dict["unit_price_excl_tax"] = unit_price_excl_tax
        if product is not UNSET:
            field_dict["product"] = product

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.commerce_order_line_product import CommerceOrderLineProduct

        d = dict(src_dict)
        title = d.pop("title", UNSET)

        quantity = d.pop("quantity", UNSET)
        if not isinstance(quantity, Unset) and not (
            isinstance(quantity, int) and not isinstance(quantity, bool)
        ):
            raise TypeError(
                f"quantity: expected an integer, got {type(quantity).__name__}"
            )

        def _parse_course_organization(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        course_organization = _parse_course_organization(
            d.pop("course_organization", UNSET)
        )

        description = d.pop("description", UNSET)

        status = d.pop("status", UNSET)

        line_price_excl_tax = d.pop("line_price_excl_tax", UNSET)

        def _parse_unit_price_excl_tax(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unit_price_excl_tax = _parse_unit_price_excl_tax(
            d.pop("unit_price_excl_tax", UNSET)
        )

        _product = d.pop("product", UNSET)
        product: CommerceOrderLineProduct | Unset
        if isinstance(_product, Unset):
            product = UNSET
        else:
            product = CommerceOrderLineProduct.from_dict(_product)

        commerce_order_line = cls(
            title=title,
            quantity=quantity,
            course_organization=course_organization,
            description=description,
            status=status,
            line_price_excl_tax=line_price_excl_tax,
            unit_price_excl_tax=unit_price_excl_tax,
            product=product,
        )

        commerce_order_line.additional_properties = d
        return commerce_order_line

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
