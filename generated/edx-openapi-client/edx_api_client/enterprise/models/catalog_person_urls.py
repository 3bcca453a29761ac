from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CatalogPersonUrls")


@_attrs_define
class CatalogPersonUrls:
    """A person's social links, by kind.

    Attributes:
        facebook (None | str): The person's Facebook link.
        twitter (None | str): The person's Twitter link.
        blog (None | str): The person's blog link.
    """

    facebook: None | str
    twitter: None | str
    blog: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        facebook: None | str
        facebook = self.facebook

        twitter: None | str
        twitter = self.twitter

        blog: None | str
        blog = self.blog

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "facebook": facebook,
                "twitter": twitter,
                "blog": blog,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_facebook(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        facebook = _parse_facebook(d.pop("facebook"))

        def _parse_twitter(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        twitter = _parse_twitter(d.pop("twitter"))

        def _parse_blog(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        blog = _parse_blog(d.pop("blog"))

        catalog_person_urls = cls(
            facebook=facebook,
            twitter=twitter,
            blog=blog,
        )

        catalog_person_urls.additional_properties = d
        return catalog_person_urls

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
