from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Catalog")


@_attrs_define
class Catalog:
    """A course catalog created for the caller.

    Attributes:
        id (int): Identifier of the catalog.
        name (str): Human-readable name of the catalog.
        query (str): The search query, internal to the server, that selects the contents of the catalog.
        courses_count (int): How many courses the catalog holds.
        viewers (list[str]): Usernames of the users who have been given explicit view access to the catalog.
    """

    id: int
    name: str
    query: str
    courses_count: int
    viewers: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        query = self.query

        courses_count = self.courses_count

        viewers = self.viewers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "query": query,
                "courses_count": courses_count,
                "viewers": viewers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")
        if not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        name = d.pop("name")

        query = d.pop("query")

        courses_count = d.pop("courses_count")
        if not (isinstance(courses_count, int) and not isinstance(courses_count, bool)):
            raise TypeError(
                f"courses_count: expected an integer, got {type(courses_count).__name__}"
            )

        viewers = cast(list[str], d.pop("viewers"))

        catalog = cls(
            id=id,
            name=name,
            query=query,
            courses_count=courses_count,
            viewers=viewers,
        )

        catalog.additional_properties = d
        return catalog

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
