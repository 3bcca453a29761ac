from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UserFormFieldOption")


@_attrs_define
class UserFormFieldOption:
    """One choice of a `select` field.

    Attributes:
        value (Any): The value sent when this choice is picked.
        name (str): The choice as displayed.
        default (bool): Whether this choice is preselected.
    """

    value: Any
    name: str
    default: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        name = self.name

        default = self.default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
                "name": name,
                "default": default,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        value = d.pop("value")

        name = d.pop("name")

        default = d.pop("default")
        if not (isinstance(default, bool)):
            raise TypeError(
                f"default: expected a boolean, got {type(default).__name__}"
            )

        user_form_field_option = cls(
            value=value,
            name=name,
            default=default,
        )

        user_form_field_option.additional_properties = d
        return user_form_field_option

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
