from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TogglesSettingState")


@_attrs_define
class TogglesSettingState:
    """A boolean Django setting or setting toggle and its value.

    Attributes:
        name (str): The setting's name; a boolean inside a dictionary setting is named like FEATURES['KEY'].
        is_active (bool): The setting's value.
        class_ (str | Unset): The class of the toggle object declared in the code.
        module (str | Unset): The module that declares the toggle (may be empty).
        code_owner (str | Unset): The team that owns the declaring module, when known.
    """

    name: str
    is_active: bool
    class_: str | Unset = UNSET
    module: str | Unset = UNSET
    code_owner: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        is_active = self.is_active

        class_ = self.class_

        module = self.module

        code_owner = self.code_owner

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "is_active": is_active,
            }
        )
        if class_ is not UNSET:
            field_dict["class"] = class_
        if module is not UNSET:
            field_dict["module"] = module
        if code_owner is not UNSET:
            field_dict["code_owner"] = code_owner

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        is_active = d.pop("is_active")
        if not (isinstance(is_active, bool)):
            raise TypeError(
                f"is_active: expected a boolean, got {type(is_active).__name__}"
            )

        class_ = d.pop("class", UNSET)

        module = d.pop("module", UNSET)

        code_owner = d.pop("code_owner", UNSET)

        toggles_setting_state = cls(
            name=name,
            is_active=is_active,
            class_=class_,
            module=module,
            code_owner=code_owner,
        )

        toggles_setting_state.additional_properties = d
        return toggles_setting_state

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
