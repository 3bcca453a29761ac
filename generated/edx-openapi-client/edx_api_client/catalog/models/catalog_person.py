from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CatalogPerson")


@_attrs_define
class CatalogPerson:
    """An instructor or staff member of a course run.

    Attributes:
        bio (str): A short biography of the person.
        uuid (UUID): The person's UUID.
        given_name (str): The person's first name.
        family_name (None | str): The person's last name.
        profile_image_url (None | str): Address of the person's profile picture, or null.
        slug (str | Unset): The person's URL slug.
    """

    bio: str
    uuid: UUID
    given_name: str
    family_name: None | str
    profile_image_url: None | str
    slug: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bio = self.bio

        uuid = str(self.uuid)

        given_name = self.given_name

        family_name: None | str
        family_name = self.family_name

        profile_image_url: None | str
        profile_image_url = self.profile_image_url

        slug = self.slug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bio": bio,
                "uuid": uuid,
                "given_name": given_name,
                "family_name": family_name,
                "profile_image_url": profile_image_url,
            }
        )
        if slug is not UNSET:
            field_dict["slug"] = slug

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bio = d.pop("bio")

        uuid = UUID(d.pop("uuid"))

        given_name = d.pop("given_name")

        def _parse_family_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        family_name = _parse_family_name(d.pop("family_name"))

        def _parse_profile_image_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        profile_image_url = _parse_profile_image_url(d.pop("profile_image_url"))

        slug = d.pop("slug", UNSET)

        catalog_person = cls(
            bio=bio,
            uuid=uuid,
            given_name=given_name,
            family_name=family_name,
            profile_image_url=profile_image_url,
            slug=slug,
        )

        catalog_person.additional_properties = d
        return catalog_person

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
