from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.catalog_course import CatalogCourse


T = TypeVar("T", bound="PaginatedCatalogCourseList")


@_attrs_define
class PaginatedCatalogCourseList:
    """One page of the active courses in a catalog. Unlike the page-number envelope it shares, its page links use `limit`
    and `offset` parameters.

        Attributes:
            count (int): The total number of items across all pages.
            next_ (None | str): The URL of the next page, or null on the last page.
            previous (None | str): The URL of the previous page, or null on the first page.
            results (list[CatalogCourse]): The items on this page; each paginated list schema gives their type.
    """

    count: int
    next_: None | str
    previous: None | str
    results: list[CatalogCourse]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        next_: None | str
        next_ = self.next_

        previous: None | str
        previous = self.previous

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "next": next_,
                "previous": previous,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalog_course import CatalogCourse

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

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = CatalogCourse.from_dict(results_item_data)

            results.append(results_item)

        paginated_catalog_course_list = cls(
            count=count,
            next_=next_,
            previous=previous,
            results=results,
        )

        paginated_catalog_course_list.additional_properties = d
        return paginated_catalog_course_list

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
