from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.catalog_image import CatalogImage


T = TypeVar("T", bound="CatalogOrganization")


@_attrs_define
class CatalogOrganization:
    """An organization related to a course: an institution among its `owners` or a corporate sponsor among its `sponsors`.

    Attributes:
        key (str): Unique identifier of the organization.
        name (str): Name of the organization.
        description (None | str): Text describing the organization.
        logo_image (list[CatalogImage]): The organization's logo.
        homepage_url (None | str): Address of the organization's home page.
    """

    key: str
    name: str
    description: None | str
    logo_image: list[CatalogImage]
    homepage_url: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name = self.name

        description: None | str
        description = self.description

        logo_image = []
        for logo_image_item_data in self.logo_image:
            logo_image_item = logo_image_item_data.to_dict()
            logo_image.append(logo_image_item)

        homepage_url: None | str
        homepage_url = self.homepage_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "name": name,
                "description": description,
                "logo_image": logo_image,
                "homepage_url": homepage_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalog_image import CatalogImage

        d = dict(src_dict)
        key = d.pop("key")

        name = d.pop("name")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        logo_image = []
        _logo_image = d.pop("logo_image")
        for logo_image_item_data in _logo_image:
            logo_image_item = CatalogImage.from_dict(logo_image_item_data)

            logo_image.append(logo_image_item)

        def _parse_homepage_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        homepage_url = _parse_homepage_url(d.pop("homepage_url"))

        catalog_organization = cls(
            key=key,
            name=name,
            description=description,
            logo_image=logo_image,
            homepage_url=homepage_url,
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
