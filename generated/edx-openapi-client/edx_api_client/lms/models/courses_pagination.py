from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CoursesPagination")


@_attrs_define
class CoursesPagination:
    """The pagination details of a page of course IDs.

    Attributes:
        count (int): The total number of items across all pages.
        next_ (None | str): The URL of the next page, or null on the last page.
        num_pages (int): The number of pages.
        previous (None | str): The URL of the previous page, or null on the first page.
    """

    count: int
    next_: None | str
    num_pages: int
    previous: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        next_: None | str
        next_ = self.next_

        num_pages = self.num_pages

        previous: None | str
        previous = self.previous

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "next": next_,
                "num_pages": num_pages,
                "previous": previous,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        count = d.pop("count")
        if not (isinstance(count, int) and not isinstance(count, bool)):
            raise TypeError(f"count: expected an integer, got {type(count).__name__}")

        def _parse_next_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_ = _parse_next_(d.pop("next"))

        num_pages = d.pop("num_pages")
        if not (isinstance(num_pages, int) and not isinstance(num_pages, bool)):
            raise TypeError(
                f"num_pages: expected an integer, got {type(num_pages).__name__}"
            )

        def _parse_previous(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        previous = _parse_previous(d.pop("previous"))

        courses_pagination = cls(
            count=count,
            next_=next_,
            num_pages=num_pages,
            previous=previous,
        )

        courses_pagination.additional_properties = d
        return courses_pagination

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
