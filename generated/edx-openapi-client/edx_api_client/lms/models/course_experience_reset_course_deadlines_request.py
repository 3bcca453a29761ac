from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CourseExperienceResetCourseDeadlinesRequest")


@_attrs_define
class CourseExperienceResetCourseDeadlinesRequest:
    """Which course's deadlines to reset, and what to record in the tracking event. `course_key` is required: a body
    without it is answered 400.

        Attributes:
            course_key (str): The course key of the course whose deadlines are reset.
            research_event_data (Any | Unset): Any data to include in the research tracking event, such as the location of
                the reset-deadlines banner that was used (for example `outline-tab`). It is passed on untouched; when it is left
                out, an empty object is sent.
    """

    course_key: str
    research_event_data: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_key = self.course_key

        research_event_data = self.research_event_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_key": course_key,
            }
        )
        if research_event_data is not UNSET:
            field_dict["research_event_data"] = research_event_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        course_key = d.pop("course_key")

        research_event_data = d.pop("research_event_data", UNSET)

        course_experience_reset_course_deadlines_request = cls(
            course_key=course_key,
            research_event_data=research_event_data,
        )

        course_experience_reset_course_deadlines_request.additional_properties = d
        return course_experience_reset_course_deadlines_request

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
