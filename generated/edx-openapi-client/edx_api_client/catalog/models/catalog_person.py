from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.catalog_image import CatalogImage


T = TypeVar("T", bound="CatalogPerson")


@_attrs_define
class CatalogPerson:
    """An instructor or staff member of a course run.

    Attributes:
        key (str): Unique identifier of the person.
        name (str): The person's first and last name.
        title (str): The person's official title.
        bio (str): A short biography of the person.
        profile_image (CatalogImage): An image. The same shape is used for a course or course run `image`, an
            organization `logo_image`, a person `profile_image` and a video `image`.
    """

    key: str
    name: str
    title: str
    bio: str
    profile_image: CatalogImage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name = self.name

        title = self.title

        bio = self.bio

        profile_image = self.profile_image.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "name": name,
                "title": title,
                "bio": bio,
                "profile_image": profile_image,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalog_image import CatalogImage

        d = dict(src_dict)
        key = d.pop("key")

        name = d.pop("name")

        title = d.pop("title")

        bio = d.pop("bio")

        profile_image = CatalogImage.from_dict(d.pop("profile_image"))

        catalog_person = cls(
            key=key,
            name=name,
            title=title,
            bio=bio,
            profile_image=profile_image,
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
