from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CommerceBasketResult")


@_attrs_define
class CommerceBasketResult:
    """The answer to an enrollment through the basket view: a `detail` message when the user was enrolled in the course's
    audit or honor mode, or a `redirect_destination` when an entitlement was used.

        Attributes:
            detail (str | Unset): A message saying that the user was enrolled.
            redirect_destination (str | Unset): The courseware URL of the course, where the learner is sent after an
                enrollment through an entitlement.
    """

    detail: str | Unset = UNSET
    redirect_destination: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detail = self.detail

        redirect_destination = self.redirect_destination

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if detail is not UNSET:
            field_dict["detail"] = detail
        if redirect_destination is not UNSET:
            field_dict["redirect_destination"] = redirect_destination

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        detail = d.pop("detail", UNSET)

        redirect_destination = d.pop("redirect_destination", UNSET)

        commerce_basket_result = cls(
            detail=detail,
            redirect_destination=redirect_destination,
        )

        commerce_basket_result.additional_properties = d
        return commerce_basket_result

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
