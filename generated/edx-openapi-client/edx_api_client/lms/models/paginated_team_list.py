from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.paginated_team_list_sort_order import PaginatedTeamListSortOrder
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.team import Team


T = TypeVar("T", bound="PaginatedTeamList")


@_attrs_define
class PaginatedTeamList:
    """A page of teams in the LMS's default page envelope, with the ordering applied.

    Attributes:
        count (int): The total number of items across all pages.
        next_ (None | str): The URL of the next page, or null on the last page.
        previous (None | str): The URL of the previous page, or null on the first page.
        num_pages (int): How many pages the items fill at the requested page size.
        current_page (int): The number of this page, counting from 1.
        start (int): The zero-based index, across all pages, of this page's first item.
        results (list[Team]): The items on this page; each paginated list schema gives their type.
        sort_order (PaginatedTeamListSortOrder | Unset): The ordering applied; absent from the answer to a
            `text_search`.
    """

    count: int
    next_: None | str
    previous: None | str
    num_pages: int
    current_page: int
    start: int
    results: list[Team]
    sort_order: PaginatedTeamListSortOrder | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        next_: None | str
        next_ = self.next_

        previous: None | str
        previous = self.previous

        num_pages = self.num_pages

        current_page = self.current_page

        start = self.start

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        sort_order: str | Unset = UNSET
        if not isinstance(self.sort_order, Unset):
            sort_order = self.sort_order.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "next": next_,
                "previous": previous,
                "num_pages": num_pages,
                "current_page": current_page,
                "start": start,
                "results": results,
            }
        )
        if sort_order is not UNSET:
            field_dict["sort_order"] = sort_order

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.team import Team

        d = dict(src_dict)
        count = d.pop("count")
        if not (isinstance(count, int) and not isinstance(count, bool)):
            raise TypeError(f"count: expected an integer, got {type(count).__name__}")

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

        num_pages = d.pop("num_pages")
        if not (isinstance(num_pages, int) and not isinstance(num_pages, bool)):
            raise TypeError(
                f"num_pages: expected an integer, got {type(num_pages).__name__}"
            )

        current_page = d.pop("current_page")
        if not (isinstance(current_page, int) and not isinstance(current_page, bool)):
            raise TypeError(
                f"current_page: expected an integer, got {type(current_page).__name__}"
            )

        start = d.pop("start")
        if not (isinstance(start, int) and not isinstance(start, bool)):
            raise TypeError(f"start: expected an integer, got {type(start).__name__}")

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = Team.from_dict(results_item_data)

            results.append(results_item)

        _sort_order = d.pop("sort_order", UNSET)
        sort_order: PaginatedTeamListSortOrder | Unset
        if isinstance(_sort_order, Unset):
            sort_order = UNSET
        else:
            sort_order = PaginatedTeamListSortOrder(_sort_order)

        paginated_team_list = cls(
            count=count,
            next_=next_,
            previous=previous,
            num_pages=num_pages,
            current_page=current_page,
            start=start,
            results=results,
            sort_order=sort_order,
        )

        paginated_team_list.additional_properties = d
        return paginated_team_list

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
