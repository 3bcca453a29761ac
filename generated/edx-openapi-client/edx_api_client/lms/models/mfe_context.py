from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.mfe_context_data import MfeContextData
    from ..models.mfe_context_optional_fields import MfeContextOptionalFields
    from ..models.mfe_context_registration_fields import MfeContextRegistrationFields


T = TypeVar("T", bound="MfeContext")


@_attrs_define
class MfeContext:
    """The authentication MFE's context: the dynamic registration fields, the dynamic optional fields, the third-party auth
    providers' context, the user's country code and the running pipeline. Its three members are always sent.

        Attributes:
            context_data (MfeContextData): The third-party auth context of the sign-in and registration pages, and the
                request's country. Every member is always sent (null where no value applies).
            registration_fields (MfeContextRegistrationFields): The registration form's configurable fields; `fields` is
                empty unless the call comes from the registration page and dynamic registration fields are enabled.
            optional_fields (MfeContextOptionalFields): The registration form's optional fields and the extended profile
                fields; empty unless the call comes from the registration or welcome page and dynamic registration fields are
                enabled.
    """

    context_data: MfeContextData
    registration_fields: MfeContextRegistrationFields
    optional_fields: MfeContextOptionalFields
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        context_data = self.context_data.to_dict()

        registration_fields = self.registration_fields.to_dict()

        optional_fields = self.optional_fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contextData": context_data,
                "registrationFields": registration_fields,
                "optionalFields": optional_fields,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mfe_context_data import MfeContextData
        from ..models.mfe_context_optional_fields import MfeContextOptionalFields
        from ..models.mfe_context_registration_fields import (
            MfeContextRegistrationFields,
        )

        d = dict(src_dict)
        context_data = MfeContextData.from_dict(d.pop("contextData"))

        registration_fields = MfeContextRegistrationFields.from_dict(
            d.pop("registrationFields")
        )

        optional_fields = MfeContextOptionalFields.from_dict(d.pop("optionalFields"))

        mfe_context = cls(
            context_data=context_data,
            registration_fields=registration_fields,
            optional_fields=optional_fields,
        )

        mfe_context.additional_properties = d
        return mfe_context

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
