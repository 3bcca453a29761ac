from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.grades_course_grade_status import GradesCourseGradeStatus


T = TypeVar("T", bound="GradesSectionGradesBreakdownPage")


@_attrs_define
class GradesSectionGradesBreakdownPage:
    """One page of course grade statuses. The pages are cursor-based: a page holds `next`, `previous` and `results`, and no
    count.

        Attributes:
            next_ (None | str | Unset): The URL of the next page, or null on the last page.
            previous (None | str | Unset): The URL of the previous page, or null on the first page.
            results (list[GradesCourseGradeStatus] | Unset): The course grade statuses that match the request.
    """

    next_: None | str | Unset = UNSET
    previous: None | str | Unset = UNSET
    results: list[GradesCourseGradeStatus] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_: None | str | Unset
        if isinstance(self.next_, Unset):
            next_ = UNSET
        else:
            next_ = self.next_

        previous: None | str | Unset
        if isinstance(self.previous, Unset):
            previous = UNSET
        else:
            previous = self.previous

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if next_ is not UNSET:
            field_dict["next"] = next_
        if previous is not UNSET:
            field_dict["previous"] = previous
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.grades_course_grade_status import GradesCourseGradeStatus

        d = dict(src_dict)

        def _parse_next_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_ = _parse_next_(d.pop("next", UNSET))

        def _parse_previous(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous = _parse_previous(d.pop("previous", UNSET))

        _results = d.pop("results", UNSET)
        results: list[GradesCourseGradeStatus] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = GradesCourseGradeStatus.from_dict(results_item_data)

                results.append(results_item)

        grades_section_grades_breakdown_page = cls(
            next_=next_,
            previous=previous,
            results=results,
        )

        grades_section_grades_breakdown_page.additional_properties = d
        return grades_section_grades_breakdown_page

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
