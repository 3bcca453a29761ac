from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.discussion_pagination import DiscussionPagination
    from ..models.discussion_thread import DiscussionThread


T = TypeVar("T", bound="DiscussionPaginatedThreadList")


@_attrs_define
class DiscussionPaginatedThreadList:
    """One page of threads. The thread list also says what its search text was rewritten to (`text_search_rewrite`).

    Attributes:
        results (list[DiscussionThread]): The items on this page; each paginated list schema gives their type.
        pagination (DiscussionPagination): The paging data of a forum list, nested under `pagination`: the links to the
            pages around this one, the number of items and of pages.
        text_search_rewrite (None | str | Unset): The text the search matched after the forum service corrected
            `text_search` (for spelling), or null (thread list only).
    """

    results: list[DiscussionThread]
    pagination: DiscussionPagination
    text_search_rewrite: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        pagination = self.pagination.to_dict()

        text_search_rewrite: None | str | Unset
        if isinstance(self.text_search_rewrite, Unset):
            text_search_rewrite = UNSET
        else:
            text_search_rewrite = self.text_search_rewrite

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
                "pagination": pagination,
            }
        )
        if text_search_rewrite is not UNSET:
            field_dict["text_search_rewrite"] = text_search_rewrite

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.discussion_pagination import DiscussionPagination
        from ..models.discussion_thread import DiscussionThread

        d = dict(src_dict)
        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = DiscussionThread.from_dict(results_item_data)

            results.append(results_item)

        pagination = DiscussionPagination.from_dict(d.pop("pagination"))

        def _parse_text_search_rewrite(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text_search_rewrite = _parse_text_search_rewrite(
            d.pop("text_search_rewrite", UNSET)
        )

        discussion_paginated_thread_list = cls(
            results=results,
            pagination=pagination,
            text_search_rewrite=text_search_rewrite,
        )

        discussion_paginated_thread_list.additional_properties = d
        return discussion_paginated_thread_list

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
