from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.grades_gradebook_entry import GradesGradebookEntry


T = TypeVar("T", bound="GradesGradebookPage")


@_attrs_define
class GradesGradebookPage:
    """A cursor page of gradebook entries (Django REST framework's cursor envelope) with the course's learner counts added.

    Attributes:
        next_ (None | str): The URL of the next page, or null on the last page.
        previous (None | str): The URL of the previous page, or null on the first page.
        results (list[GradesGradebookEntry]): The gradebook entries on this page.
        total_users_count (int): How many learners are actively enrolled in the course.
        filtered_users_count (int): How many of them match the filters of the request.
    """

    next_: None | str
    previous: None | str
    results: list[GradesGradebookEntry]
    total_users_count: int
    filtered_users_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_: None | str
        next_ = self.next_

        previous: None | str
        previous = self.previous

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        total_users_count = self.total_users_count

        filtered_users_count = self.filtered_users_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "next": next_,
                "previous": previous,
                "results": results,
                "total_users_count": total_users_count,
                "filtered_users_count": filtered_users_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.grades_gradebook_entry import GradesGradebookEntry

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

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = GradesGradebookEntry.from_dict(results_item_data)

            results.append(results_item)

        total_users_count = d.pop("total_users_count")
        if not (
            isinstance(total_users_count, int)
            and not isinstance(total_users_count, bool)
        ):
            raise TypeError(
                f"total_users_count: expected an integer, got {type(total_users_count).__name__}"
            )

        filtered_users_count = d.pop("filtered_users_count")
        if not (
            isinstance(filtered_users_count, int)
            and not isinstance(filtered_users_count, bool)
        ):
            raise TypeError(
                f"filtered_users_count: expected an integer, got {type(filtered_users_count).__name__}"
            )

        grades_gradebook_page = cls(
            next_=next_,
            previous=previous,
            results=results,
            total_users_count=total_users_count,
            filtered_users_count=filtered_users_count,
        )

        grades_gradebook_page.additional_properties = d
        return grades_gradebook_page

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
