from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UserCancelRetirementRequest")


@_attrs_define
class UserCancelRetirementRequest:
    """The retirement to cancel.

    Attributes:
        retirement_id (int): The identifier of the user's RetirementStatus row.
    """

    retirement_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        retirement_id = self.retirement_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "retirement_id": retirement_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        retirement_id = d.pop("retirement_id")
        if not (isinstance(retirement_id, int) and not isinstance(retirement_id, bool)):
            raise TypeError(
                f"retirement_id: expected an integer, got {type(retirement_id).__name__}"
            )

        user_cancel_retirement_request = cls(
            retirement_id=retirement_id,
        )

        user_cancel_retirement_request.additional_properties = d
        return user_cancel_retirement_request

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
