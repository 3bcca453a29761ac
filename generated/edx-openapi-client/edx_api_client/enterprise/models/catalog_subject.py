from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CatalogSubject")


@_attrs_define
class CatalogSubject:
    """An academic subject record.

    Attributes:
        name (str): The name of the subject.
        subtitle (str): The subtitle of the subject, in HTML.
        description (str): A description of the subject, in HTML.
        banner_image_url (str): The URL of the subject's banner image.
        card_image_url (str): The URL of the subject's card image.
        slug (str): The slug that identifies the subject in URLs.
        uuid (UUID): The UUID of the subject.
    """

    name: str
    subtitle: str
    description: str
    banner_image_url: str
    card_image_url: str
    slug: str
    uuid: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        subtitle = self.subtitle

        description = self.description

        banner_image_url = self.banner_image_url

        card_image_url = self.card_image_url

        slug = self.slug

        uuid = str(self.uuid)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "subtitle": subtitle,
                "description": description,
                "banner_image_url": banner_image_url,
                "card_image_url": card_image_url,
                "slug": slug,
                "uuid": uuid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        subtitle = d.pop("subtitle")

        description = d.pop("description")

        banner_image_url = d.pop("banner_image_url")

        card_image_url = d.pop("card_image_url")

        slug = d.pop("slug")

        uuid = UUID(d.pop("uuid"))

        catalog_subject = cls(
            name=name,
            subtitle=subtitle,
            description=description,
            banner_image_url=banner_image_url,
            card_image_url=card_image_url,
            slug=slug,
            uuid=uuid,
        )

        catalog_subject.additional_properties = d
        return catalog_subject

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
