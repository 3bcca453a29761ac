from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.third_party_auth_linked_provider import ThirdPartyAuthLinkedProvider


T = TypeVar("T", bound="ThirdPartyAuthUserProviders")


@_attrs_define
class ThirdPartyAuthUserProviders:
    """The third-party auth providers currently linked to a user's account.

    Attributes:
        active (list[ThirdPartyAuthLinkedProvider]): One entry per provider the account is linked to.
    """

    active: list[ThirdPartyAuthLinkedProvider]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = []
        for active_item_data in self.active:
            active_item = active_item_data.to_dict()
            active.append(active_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.third_party_auth_linked_provider import (
            ThirdPartyAuthLinkedProvider,
        )

        d = dict(src_dict)
        active = []
        _active = d.pop("active")
        for active_item_data in _active:
            active_item = ThirdPartyAuthLinkedProvider.from_dict(active_item_data)

            active.append(active_item)

        third_party_auth_user_providers = cls(
            active=active,
        )

        third_party_auth_user_providers.additional_properties = d
        return third_party_auth_user_providers

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
