from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CourseHomeResumeCourse")


@_attrs_define
class CourseHomeResumeCourse:
    """Where the user resumes the course.

    Attributes:
        has_visited_course (bool): Whether the user has ever visited the course.
        url (str): The course block to resume.
    """

    has_visited_course: bool
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_visited_course = self.has_visited_course

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "has_visited_course": has_visited_course,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        has_visited_course = d.pop("has_visited_course")
        if not (isinstance(has_visited_course, bool)):
            raise TypeError(
                f"has_visited_course: expected a boolean, got {type(has_visited_course).__name__}"
            )

        url = d.pop("url")

        course_home_resume_course = cls(
            has_visited_course=has_visited_course,
            url=url,
        )

        course_home_resume_course.additional_properties = d
        return course_home_resume_course

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
