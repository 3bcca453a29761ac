from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CatalogOrganization")


@_attrs_define
class CatalogOrganization:
    """An organization related to a course: an institution among its `owners` or a corporate sponsor among its `sponsors`.

    Attributes:
        key (str): Unique identifier of the organization.
        name (str): Name of the organization.
        description (None | str): Text describing the organization.
        homepage_url (None | str): Address of the organization's home page.
        logo_image_url (None | str): Address of the organization's logo, or null.
        uuid (UUID | Unset): The organization's UUID.
    """

    key: str
    name: str
    description: None | str
    homepage_url: None | str
    logo_image_url: None | str
    uuid: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name = self.name

        description: None | str
        description = self.description

        homepage_url: None | str
        homepage_url = self.homepage_url

        logo_image_url: None | str
        logo_image_url = self.logo_image_url

        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "name": name,
                "description": description,
                "homepage_url": homepage_url,
                "logo_image_url": logo_image_url,
            }
        )
        if uuid is not UNSET:
            field_dict["uuid"] = uuid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        key = d.pop("key")

        name = d.pop("name")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_homepage_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        homepage_url = _parse_homepage_url(d.pop("homepage_url"))

        def _parse_logo_image_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        logo_image_url = _parse_logo_image_url(d.pop("logo_image_url"))

        _uuid = d.pop("uuid", UNSET)
        uuid: UUID | Unset
        if isinstance(_uuid, Unset):
            uuid = UNSET
        else:
            uuid = UUID(_uuid)

        catalog_organization = cls(
            key=key,
            name=name,
            description=description,
            homepage_url=homepage_url,
            logo_image_url=logo_image_url,
            uuid=uuid,
        )

        catalog_organization.additional_properties = d
        return catalog_organization

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
