from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ThirdPartyAuthLinkedProvider")


@_attrs_define
class ThirdPartyAuthLinkedProvider:
    """A provider linked to the user's account.

    Attributes:
        provider_id (str): The provider's identifier, e.g. "oa2-google-oauth2".
        name (str): The provider's display name.
        remote_id (str | Unset): The user's id at the provider, which links the edX account at login. Only sent when the
            request is the user's own, or comes from a superuser or with the server API key.
    """

    provider_id: str
    name: str
    remote_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider_id = self.provider_id

        name = self.name

        remote_id = self.remote_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider_id": provider_id,
                "name": name,
            }
        )
        if remote_id is not UNSET:
            field_dict["remote_id"] = remote_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        provider_id = d.pop("provider_id")

        name = d.pop("name")

        remote_id = d.pop("remote_id", UNSET)

        third_party_auth_linked_provider = cls(
            provider_id=provider_id,
            name=name,
            remote_id=remote_id,
        )

        third_party_auth_linked_provider.additional_properties = d
        return third_party_auth_linked_provider

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
