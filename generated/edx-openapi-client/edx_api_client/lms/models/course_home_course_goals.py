from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.course_home_selected_goal import CourseHomeSelectedGoal


T = TypeVar("T", bound="CourseHomeCourseGoals")


@_attrs_define
class CourseHomeCourseGoals:
    """The learner's weekly learning goal for the course.

    Attributes:
        selected_goal (CourseHomeSelectedGoal): The goal the learner chose. The field table types this as an object and
            lists none of its members.
        weekly_learning_goal_enabled (bool | Unset): Whether the weekly learning goal feature is enabled for this
            request.
    """

    selected_goal: CourseHomeSelectedGoal
    weekly_learning_goal_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        selected_goal = self.selected_goal.to_dict()

        weekly_learning_goal_enabled = self.weekly_learning_goal_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "selected_goal": selected_goal,
            }
        )
        if weekly_learning_goal_enabled is not UNSET:
            field_dict["weekly_learning_goal_enabled"] = weekly_learning_goal_enabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.course_home_selected_goal import CourseHomeSelectedGoal

        d = dict(src_dict)
        selected_goal = CourseHomeSelectedGoal.from_dict(d.pop("selected_goal"))

        weekly_learning_goal_enabled = d.pop("weekly_learning_goal_enabled", UNSET)
        if not isinstance(weekly_learning_goal_enabled, Unset) and not (
            isinstance(weekly_learning_goal_enabled, bool)
        ):
            raise TypeError(
                f"weekly_learning_goal_enabled: expected a boolean, got {type(weekly_learning_goal_enabled).__name__}"
            )

        course_home_course_goals = cls(
            selected_goal=selected_goal,
            weekly_learning_goal_enabled=weekly_learning_goal_enabled,
        )

        course_home_course_goals.additional_properties = d
        return course_home_course_goals

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
