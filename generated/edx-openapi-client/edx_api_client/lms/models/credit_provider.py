from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreditProvider")


@_attrs_define
class CreditProvider:
    """An institution that grants academic credit for courses.

    Attributes:
        id (str): The provider's identifier.
        display_name (str): The provider's name as shown to users.
        description (str): A description of the provider.
        url (str): The provider's URL.
        status_url (str): The provider's status URL.
        thumbnail_url (str | Unset): The URL of the provider's thumbnail image.
        enable_integration (bool | Unset): When true, the provider is notified automatically when a user requests
            credit; this needs a shared secret key for the provider in the secure auth settings.
        fulfillment_instructions (str | Unset): Plain text or HTML shown on the receipt page after paying, telling the
            user what else to do to get credit from the provider.
    """

    id: str
    display_name: str
    description: str
    url: str
    status_url: str
    thumbnail_url: str | Unset = UNSET
    enable_integration: bool | Unset = UNSET
    fulfillment_instructions: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        display_name = self.display_name

        description = self.description

        url = self.url

        status_url = self.status_url

        thumbnail_url = self.thumbnail_url

        enable_integration = self.enable_integration

        fulfillment_instructions = self.fulfillment_instructions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "display_name": display_name,
                "description": description,
                "url": url,
                "status_url": status_url,
            }
        )
        if thumbnail_url is not UNSET:
            field_dict["thumbnail_url"] = thumbnail_url
        if enable_integration is not UNSET:
            field_dict["enable_integration"] = enable_integration
        if fulfillment_instructions is not UNSET:
            field_dict["fulfillment_instructions"] = fulfillment_instructions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        display_name = d.pop("display_name")

        description = d.pop("description")

        url = d.pop("url")

        status_url = d.pop("status_url")

        thumbnail_url = d.pop("thumbnail_url", UNSET)

        enable_integration = d.pop("enable_integration", UNSET)
        if not isinstance(enable_integration, Unset) and not (
            isinstance(enable_integration, bool)
        ):
            raise TypeError(
                f"enable_integration: expected a boolean, got {type(enable_integration).__name__}"
            )

        fulfillment_instructions = d.pop("fulfillment_instructions", UNSET)

        credit_provider = cls(
            id=id,
            display_name=display_name,
            description=description,
            url=url,
            status_url=status_url,
            thumbnail_url=thumbnail_url,
            enable_integration=enable_integration,
            fulfillment_instructions=fulfillment_instructions,
        )

        credit_provider.additional_properties = d
        return credit_provider

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
