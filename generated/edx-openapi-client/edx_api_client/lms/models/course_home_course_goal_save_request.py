from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CourseHomeCourseGoalSaveRequest")


@_attrs_define
class CourseHomeCourseGoalSaveRequest:
    """A learner's weekly learning goal in a course.

    Attributes:
        course_id (str): The course run key.
        subscribed_to_reminders (bool): Whether the learner wants reminder emails about the goal.
        days_per_week (int | Unset): How many days a week the learner means to learn; 0 when left out.
    """

    course_id: str
    subscribed_to_reminders: bool
    days_per_week: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_id = self.course_id

        subscribed_to_reminders = self.subscribed_to_reminders

        days_per_week = self.days_per_week

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_id": course_id,
                "subscribed_to_reminders": subscribed_to_reminders,
            }
        )
        if days_per_week is not UNSET:
            field_dict["days_per_week"] = days_per_week

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        course_id = d.pop("course_id")

        subscribed_to_reminders = d.pop("subscribed_to_reminders")
        if not (isinstance(subscribed_to_reminders, bool)):
            raise TypeError(
                f"subscribed_to_reminders: expected a boolean, got {type(subscribed_to_reminders).__name__}"
            )

        days_per_week = d.pop("days_per_week", UNSET)
        if not isinstance(days_per_week, Unset) and not (
            isinstance(days_per_week, int) and not isinstance(days_per_week, bool)
        ):
            raise TypeError(
                f"days_per_week: expected an integer, got {type(days_per_week).__name__}"
            )

        course_home_course_goal_save_request = cls(
            course_id=course_id,
            subscribed_to_reminders=subscribed_to_reminders,
            days_per_week=days_per_week,
        )

        course_home_course_goal_save_request.additional_properties = d
        return course_home_course_goal_save_request

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
