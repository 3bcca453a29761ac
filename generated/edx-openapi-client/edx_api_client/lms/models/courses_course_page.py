from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.courses_course import CoursesCourse
    from ..models.courses_pagination import CoursesPagination


T = TypeVar("T", bound="CoursesCoursePage")


@_attrs_define
class CoursesCoursePage:
    """One page of courses and its pagination details.

    Attributes:
        results (list[CoursesCourse]): The courses on this page.
        pagination (CoursesPagination): The pagination details of a page of course IDs.
    """

    results: list[CoursesCourse]
    pagination: CoursesPagination
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.courses_course import CoursesCourse
        from ..models.courses_pagination import CoursesPagination

        d = dict(src_dict)
        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = CoursesCourse.from_dict(results_item_data)

            results.append(results_item)

        pagination = CoursesPagination.from_dict(d.pop("pagination"))

        courses_course_page = cls(
            results=results,
            pagination=pagination,
        )

        courses_course_page.additional_properties = d
        return courses_course_page

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
