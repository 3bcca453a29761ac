from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.catalog_image import CatalogImage


T = TypeVar("T", bound="CatalogVideo")


@_attrs_define
class CatalogVideo:
    """A video about a course or course run.

    Attributes:
        src (str): Address at which the video can be watched.
        description (None | str): Text describing the video.
        image (CatalogImage | None): The preview image of the video, or null.
    """

    src: str
    description: None | str
    image: CatalogImage | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.catalog_image import CatalogImage

        src = self.src

        description: None | str
        description = self.description

        image: dict[str, Any] | None
        if isinstance(self.image, CatalogImage):
            image = self.image.to_dict()
        else:
            image = self.image

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "src": src,
                "description": description,
                "image": image,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalog_image import CatalogImage

        d = dict(src_dict)
        src = d.pop("src")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_image(data: object) -> CatalogImage | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                image_type_0 = CatalogImage.from_dict(data)

                return image_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CatalogImage | None, data)

        image = _parse_image(d.pop("image"))

        catalog_video = cls(
            src=src,
            description=description,
            image=image,
        )

        catalog_video.additional_properties = d
        return catalog_video

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
