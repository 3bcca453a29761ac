from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CatalogPersonPosition")


@_attrs_define
class CatalogPersonPosition:
    """The position a person holds at an organization.

    Attributes:
        title (str): The title of the position, for example `Dr`.
        organization_name (str): The name of the organization of the position.
        organization_id (int): The numeric identifier of the organization.
        organization_override (None | str): An organization name that replaces the organization's own.
        organization_marketing_url (str): The marketing URL of the organization.
        organization_uuid (UUID): The UUID of the organization.
        organization_logo_image_url (str): The URL of the organization's logo.
    """

    title: str
    organization_name: str
    organization_id: int
    organization_override: None | str
    organization_marketing_url: str
    organization_uuid: UUID
    organization_logo_image_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        organization_name = self.organization_name

        organization_id = self.organization_id

        organization_override: None | str
        organization_override = self.organization_override

        organization_marketing_url = self.organization_marketing_url

        organization_uuid = str(self.organization_uuid)

        organization_logo_image_url = self.organization_logo_image_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "organization_name": organization_name,
                "organization_id": organization_id,
                "organization_override": organization_override,
                "organization_marketing_url": organization_marketing_url,
                "organization_uuid": organization_uuid,
                "organization_logo_image_url": organization_logo_image_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        title = d.pop("title")

        organization_name = d.pop("organization_name")

        organization_id = d.pop("organization_id")
        if not (
            isinstance(organization_id, int) and not isinstance(organization_id, bool)
        ):
            raise TypeError(
                f"organization_id: expected an integer, got {type(organization_id).__name__}"
            )

        def _parse_organization_override(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        organization_override = _parse_organization_override(
            d.pop("organization_override")
        )

        organization_marketing_url = d.pop("organization_marketing_url")

        organization_uuid = UUID(d.pop("organization_uuid"))

        organization_logo_image_url = d.pop("organization_logo_image_url")

        catalog_person_position = cls(
            title=title,
            organization_name=organization_name,
            organization_id=organization_id,
            organization_override=organization_override,
            organization_marketing_url=organization_marketing_url,
            organization_uuid=organization_uuid,
            organization_logo_image_url=organization_logo_image_url,
        )

        catalog_person_position.additional_properties = d
        return catalog_person_position

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
