from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mfe_context_optional_fields_fields import (
        MfeContextOptionalFieldsFields,
    )


T = TypeVar("T", bound="MfeContextOptionalFields")


@_attrs_define
class MfeContextOptionalFields:
    """The registration form's optional fields and the extended profile fields; empty unless the call comes from the
    registration or welcome page and dynamic registration fields are enabled.

        Attributes:
            fields (MfeContextOptionalFieldsFields | Unset): The descriptions of the optional fields, by field name.
            extended_profile (list[str] | Unset): The names of the site's extended profile fields.
    """

    fields: MfeContextOptionalFieldsFields | Unset = UNSET
    extended_profile: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        extended_profile: list[str] | Unset = UNSET
        if not isinstance(self.extended_profile, Unset):
            extended_profile = self.extended_profile

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fields is not UNSET:
            field_dict["fields"] = fields
        if extended_profile is not UNSET:
            field_dict["extended_profile"] = extended_profile

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mfe_context_optional_fields_fields import (
            MfeContextOptionalFieldsFields,
        )

        d = dict(src_dict)
        _fields = d.pop("fields", UNSET)
        fields: MfeContextOptionalFieldsFields | Unset
        if isinstance(_fields, Unset):
            fields = UNSET
        else:
            fields = MfeContextOptionalFieldsFields.from_dict(_fields)

        extended_profile = cast(list[str], d.pop("extended_profile", UNSET))

        mfe_context_optional_fields = cls(
            fields=fields,
            extended_profile=extended_profile,
        )

        mfe_context_optional_fields.additional_properties = d
        return mfe_context_optional_fields

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
