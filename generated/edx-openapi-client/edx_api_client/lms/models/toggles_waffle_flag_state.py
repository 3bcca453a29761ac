from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.toggles_waffle_flag_state_computed_status import (
    TogglesWaffleFlagStateComputedStatus,
)
from ..models.toggles_waffle_flag_state_everyone import TogglesWaffleFlagStateEveryone
from ..types import UNSET, Unset

T = TypeVar("T", bound="TogglesWaffleFlagState")


@_attrs_define
class TogglesWaffleFlagState:
    """A waffle flag and its state. Only `name` and `computed_status` are always sent; the other members depend on whether
    the flag is declared in the code and stored in the database, and the LMS may add further members (course and
    organization overrides).

        Attributes:
            name (str): The flag's name.
            computed_status (TogglesWaffleFlagStateComputedStatus): Whether the flag is on, off, or on for some users only.
            class_ (str | Unset): The class of the toggle object declared in the code.
            module (str | Unset): The module that declares the toggle (may be empty).
            code_owner (str | Unset): The team that owns the declaring module, when known.
            everyone (TogglesWaffleFlagStateEveryone | Unset): The flag's "everyone" setting in the database.
            note (str | Unset): The note stored with the toggle's database record, when it has one.
            created (str | Unset): When the database record was created, as the server prints a timestamp (not ISO 8601).
            modified (str | Unset): When the database record was last changed, printed the same way.
    """

    name: str
    computed_status: TogglesWaffleFlagStateComputedStatus
    class_: str | Unset = UNSET
    module: str | Unset = UNSET
    code_owner: str | Unset = UNSET
    everyone: TogglesWaffleFlagStateEveryone | Unset = UNSET
    note: str | Unset = UNSET
    created: str | Unset = UNSET
    modified: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        computed_status = self.computed_status.value

        class_ = self.class_

        module = self.module

        code_owner = self.code_owner

        everyone: str | Unset = UNSET
        if not isinstance(self.everyone, Unset):
            everyone = self.everyone.value

        note = self.note

        created = self.created

        modified = self.modified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "computed_status": computed_status,
            }
        )
        if class_ is not UNSET:
            field_dict["class"] = class_
        if module is not UNSET:
            field_dict["module"] = module
        if code_owner is not UNSET:
            field_dict["code_owner"] = code_owner
        if everyone is not UNSET:
            field_dict["everyone"] = everyone
        if note is not UNSET:
            field_dict["note"] = note
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        computed_status = TogglesWaffleFlagStateComputedStatus(d.pop("computed_status"))

        class_ = d.pop("class", UNSET)

        module = d.pop("module", UNSET)

        code_owner = d.pop("code_owner", UNSET)

        _everyone = d.pop("everyone", UNSET)
        everyone: TogglesWaffleFlagStateEveryone | Unset
        if isinstance(_everyone, Unset):
            everyone = UNSET
        else:
            everyone = TogglesWaffleFlagStateEveryone(_everyone)

        note = d.pop("note", UNSET)

        created = d.pop("created", UNSET)

        modified = d.pop("modified", UNSET)

        toggles_waffle_flag_state = cls(
            name=name,
            computed_status=computed_status,
            class_=class_,
            module=module,
            code_owner=code_owner,
            everyone=everyone,
            note=note,
            created=created,
            modified=modified,
        )

        toggles_waffle_flag_state.additional_properties = d
        return toggles_waffle_flag_state

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
