from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.catalog_image_size import CatalogImageSize


T = TypeVar("T", bound="CatalogPersonProfileImage")


@_attrs_define
class CatalogPersonProfileImage:
    """The profile image of a person, by size.

    Attributes:
        medium (CatalogImageSize): One size of an image.
    """

    medium: CatalogImageSize
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        medium = self.medium.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "medium": medium,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalog_image_size import CatalogImageSize

        d = dict(src_dict)
        medium = CatalogImageSize.from_dict(d.pop("medium"))

        catalog_person_profile_image = cls(
            medium=medium,
        )

        catalog_person_profile_image.additional_properties = d
        return catalog_person_profile_image

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
