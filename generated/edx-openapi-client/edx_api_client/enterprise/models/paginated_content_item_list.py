from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.course import Course
    from ..models.course_run import CourseRun
    from ..models.program import Program


T = TypeVar("T", bound="PaginatedContentItemList")


@_attrs_define
class PaginatedContentItemList:
    """A page of a catalog's content items. `count` is the number of items in the catalog; each item is a course, a course
    run or a program.

        Attributes:
            count (int): The total number of items across all pages.
            next_ (None | str): The URL of the next page, or null on the last page.
            previous (None | str): The URL of the previous page, or null on the first page.
            results (list[Course | CourseRun | Program]): The content items on this page.
            uuid (UUID): The UUID of the catalog.
            title (str): The name of the catalog.
            enterprise_customer (UUID): The UUID of the enterprise customer the catalog belongs to.
            num_pages (int | Unset): How many pages the items fill (absent when every item is on one page).
            current_page (int | Unset): The number of this page (absent when every item is on one page).
            start (int | Unset): The index of this page's first item (absent when every item is on one page).
    """

    count: int
    next_: None | str
    previous: None | str
    results: list[Course | CourseRun | Program]
    uuid: UUID
    title: str
    enterprise_customer: UUID
    num_pages: int | Unset = UNSET
    current_page: int | Unset = UNSET
    start: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.course import Course
        from ..models.course_run import CourseRun

        count = self.count

        next_: None | str
        next_ = self.next_

        previous: None | str
        previous = self.previous

        results = []
        for results_item_data in self.results:
            results_item: dict[str, Any]
            if isinstance(results_item_data, Course) or isinstance(
                results_item_data, CourseRun
            ):
                results_item = results_item_data.to_dict()
            else:
                results_item = results_item_data.to_dict()

            results.append(results_item)

        uuid = str(self.uuid)

        title = self.title

        enterprise_customer = str(self.enterprise_customer)

        num_pages = self.num_pages

        current_page = self.current_page

        start = self.start

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "next": next_,
                "previous": previous,
                "results": results,
                "uuid": uuid,
                "title": title,
                "enterprise_customer": enterprise_customer,
            }
        )
        if num_pages is not UNSET:
            field_dict["num_pages"] = num_pages
        if current_page is not UNSET:
            field_dict["current_page"] = current_page
        if start is not UNSET:
            field_dict["start"] = start

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.course import Course
        from ..models.course_run import CourseRun
        from ..models.program import Program

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

            def _parse_results_item(data: object) -> Course | CourseRun | Program:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    results_item_type_0 = Course.from_dict(data)

                    return results_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    results_item_type_1 = CourseRun.from_dict(data)

                    return results_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError(
                        f"results_item: expected dict[str, Any], got {type(data).__name__}"
                    )
                results_item_type_2 = Program.from_dict(data)

                return results_item_type_2

            results_item = _parse_results_item(results_item_data)

            results.append(results_item)

        uuid = UUID(d.pop("uuid"))

        title = d.pop("title")

        enterprise_customer = UUID(d.pop("enterprise_customer"))

        num_pages = d.pop("num_pages", UNSET)
        if not isinstance(num_pages, Unset) and not (
            isinstance(num_pages, int) and not isinstance(num_pages, bool)
        ):
            raise TypeError(
                f"num_pages: expected an integer, got {type(num_pages).__name__}"
            )

        current_page = d.pop("current_page", UNSET)
        if not isinstance(current_page, Unset) and not (
            isinstance(current_page, int) and not isinstance(current_page, bool)
        ):
            raise TypeError(
                f"current_page: expected an integer, got {type(current_page).__name__}"
            )

        start = d.pop("start", UNSET)
        if not isinstance(start, Unset) and not (
            isinstance(start, int) and not isinstance(start, bool)
        ):
            raise TypeError(f"start: expected an integer, got {type(start).__name__}")

        paginated_content_item_list = cls(
            count=count,
            next_=next_,
            previous=previous,
            results=results,
            uuid=uuid,
            title=title,
            enterprise_customer=enterprise_customer,
            num_pages=num_pages,
            current_page=current_page,
            start=start,
        )

        paginated_content_item_list.additional_properties = d
        return paginated_content_item_list

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
