from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProgramLevelTypeOverride")


@_attrs_define
class ProgramLevelTypeOverride:
    """A level type record that replaces a program's own.

    Attributes:
        name (str): The name of the level, for example `Intermediate`.
        sort_value (int): The position of the level when levels are sorted.
    """

    name: str
    sort_value: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        sort_value = self.sort_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "sort_value": sort_value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        sort_value = d.pop("sort_value")
        if not (isinstance(sort_value, int) and not isinstance(sort_value, bool)):
            raise TypeError(
                f"sort_value: expected an integer, got {type(sort_value).__name__}"
            )

        program_level_type_override = cls(
            name=name,
            sort_value=sort_value,
        )

        program_level_type_override.additional_properties = d
        return program_level_type_override

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
