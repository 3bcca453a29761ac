from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mfe_context_registration_fields_fields import (
        MfeContextRegistrationFieldsFields,
    )


T = TypeVar("T", bound="MfeContextRegistrationFields")


@_attrs_define
class MfeContextRegistrationFields:
    """The registration form's configurable fields; `fields` is empty unless the call comes from the registration page and
    dynamic registration fields are enabled.

        Attributes:
            fields (MfeContextRegistrationFieldsFields | Unset): The descriptions of the registration fields, by field name.
    """

    fields: MfeContextRegistrationFieldsFields | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mfe_context_registration_fields_fields import (
            MfeContextRegistrationFieldsFields,
        )

        d = dict(src_dict)
        _fields = d.pop("fields", UNSET)
        fields: MfeContextRegistrationFieldsFields | Unset
        if isinstance(_fields, Unset):
            fields = UNSET
        else:
            fields = MfeContextRegistrationFieldsFields.from_dict(_fields)

        mfe_context_registration_fields = cls(
            fields=fields,
        )

        mfe_context_registration_fields.additional_properties = d
        return mfe_context_registration_fields

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
