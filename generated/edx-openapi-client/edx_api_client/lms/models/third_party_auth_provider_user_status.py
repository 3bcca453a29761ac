from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ThirdPartyAuthProviderUserStatus")


@_attrs_define
class ThirdPartyAuthProviderUserStatus:
    """A third-party auth provider and whether the requesting user's account is linked to it.

    Attributes:
        accepts_logins (bool): Whether the provider can be used to sign in.
        name (str): The provider's display name.
        disconnect_url (str): The (site-relative) URL that unlinks the user's account from the provider.
        connect_url (str): The (site-relative) URL that links the user's account to the provider.
        connected (bool): Whether the user's account is linked to the provider.
        id (str): The provider's identifier.
    """

    accepts_logins: bool
    name: str
    disconnect_url: str
    connect_url: str
    connected: bool
    id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accepts_logins = self.accepts_logins

        name = self.name

        disconnect_url = self.disconnect_url

        connect_url = self.connect_url

        connected = self.connected

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accepts_logins": accepts_logins,
                "name": name,
                "disconnect_url": disconnect_url,
                "connect_url": connect_url,
                "connected": connected,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        accepts_logins = d.pop("accepts_logins")
        if not (isinstance(accepts_logins, bool)):
            raise TypeError(
                f"accepts_logins: expected a boolean, got {type(accepts_logins).__name__}"
            )

        name = d.pop("name")

        disconnect_url = d.pop("disconnect_url")

        connect_url = d.pop("connect_url")

        connected = d.pop("connected")
        if not (isinstance(connected, bool)):
            raise TypeError(
                f"connected: expected a boolean, got {type(connected).__name__}"
            )

        id = d.pop("id")

        third_party_auth_provider_user_status = cls(
            accepts_logins=accepts_logins,
            name=name,
            disconnect_url=disconnect_url,
            connect_url=connect_url,
            connected=connected,
            id=id,
        )

        third_party_auth_provider_user_status.additional_properties = d
        return third_party_auth_provider_user_status

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
