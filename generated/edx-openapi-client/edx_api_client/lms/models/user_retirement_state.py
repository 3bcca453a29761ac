from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UserRetirementState")


@_attrs_define
class UserRetirementState:
    """A step of the retirement pipeline.

    Attributes:
        id (int): The state's identifier.
        state_name (str): The state's name, such as PENDING or COMPLETE.
        state_execution_order (int): The state's place in the pipeline.
    """

    id: int
    state_name: str
    state_execution_order: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        state_name = self.state_name

        state_execution_order = self.state_execution_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "state_name": state_name,
                "state_execution_order": state_execution_order,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")
        if not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        state_name = d.pop("state_name")

        state_execution_order = d.pop("state_execution_order")
        if not (
            isinstance(state_execution_order, int)
            and not isinstance(state_execution_order, bool)
        ):
            raise TypeError(
                f"state_execution_order: expected an integer, got {type(state_execution_order).__name__}"
            )

        user_retirement_state = cls(
            id=id,
            state_name=state_name,
            state_execution_order=state_execution_order,
        )

        user_retirement_state.additional_properties = d
        return user_retirement_state

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
