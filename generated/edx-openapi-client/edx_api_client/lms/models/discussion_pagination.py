from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DiscussionPagination")


@_attrs_define
class DiscussionPagination:
    """The paging data of a forum list, nested under `pagination`: the links to the pages around this one, the number of
    items and of pages.

        Attributes:
            next_ (None | str): The URL of the next page, or null on the last page.
            previous (None | str): The URL of the previous page, or null on the first page.
            count (int): How many items the list holds across its pages.
            num_pages (int): How many pages the list fills.
    """

    next_: None | str
    previous: None | str
    count: int
    num_pages: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_: None | str
        next_ = self.next_

        previous: None | str
        previous = self.previous

        count = self.count

        num_pages = self.num_pages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "next": next_,
                "previous": previous,
                "count": count,
                "num_pages": num_pages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_next_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_ = _parse_next_(d.pop("next"))

        def _parse_previous(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        previous = _parse_previous(d.pop("previous"))

        count = d.pop("count")
        if not (isinstance(count, int) and not isinstance(count, bool)):
            raise TypeError(f"count: expected an integer, got {type(count).__name__}")

        num_pages = d.pop("num_pages")
        if not (isinstance(num_pages, int) and not isinstance(num_pages, bool)):
            raise TypeError(
                f"num_pages: expected an integer, got {type(num_pages).__name__}"
            )

        discussion_pagination = cls(
            next_=next_,
            previous=previous,
            count=count,
            num_pages=num_pages,
        )

        discussion_pagination.additional_properties = d
        return discussion_pagination

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
