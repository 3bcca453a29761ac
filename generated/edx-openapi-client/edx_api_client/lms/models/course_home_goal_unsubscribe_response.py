from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CourseHomeGoalUnsubscribeResponse")


@_attrs_define
class CourseHomeGoalUnsubscribeResponse:
    """Basic information about the course whose goal reminders were turned off.

    Attributes:
        course_title (None | str): The title of the course.
    """

    course_title: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_title: None | str
        course_title = self.course_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_title": course_title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_course_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        course_title = _parse_course_title(d.pop("course_title"))

        course_home_goal_unsubscribe_response = cls(
            course_title=course_title,
        )

        course_home_goal_unsubscribe_response.additional_properties = d
        return course_home_goal_unsubscribe_response

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
