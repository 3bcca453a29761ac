from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CatalogPersonUrlDetail")


@_attrs_define
class CatalogPersonUrlDetail:
    """One social link of a person.

    Attributes:
        id (int): The identifier of the link.
        type_ (str): The kind of link, for example `facebook`.
        title (str): The title of the link.
        display_title (str): The title shown for the link.
        url (str): The link. Not necessarily a valid URL: it may hold text such as "adding fb url".
    """

    id: int
    type_: str
    title: str
    display_title: str
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        title = self.title

        display_title = self.display_title

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "title": title,
                "display_title": display_title,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")
        if not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        type_ = d.pop("type")

        title = d.pop("title")

        display_title = d.pop("display_title")

        url = d.pop("url")

        catalog_person_url_detail = cls(
            id=id,
            type_=type_,
            title=title,
            display_title=display_title,
            url=url,
        )

        catalog_person_url_detail.additional_properties = d
        return catalog_person_url_detail

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
