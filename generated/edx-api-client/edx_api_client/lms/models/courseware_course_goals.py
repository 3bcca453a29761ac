from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.courseware_selected_goal import CoursewareSelectedGoal


T = TypeVar("T", bound="CoursewareCourseGoals")


@_attrs_define
class CoursewareCourseGoals:
    """The learner's weekly learning goal for the course.

    Attributes:
        selected_goal (CoursewareSelectedGoal | Unset): The goal the learner chose.
        weekly_learning_goal_enabled (bool | Unset): Whether the weekly learning goal feature is enabled for this
            request.
    """

    selected_goal: CoursewareSelectedGoal | Unset = UNSET
    weekly_learning_goal_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        selected_goal: dict[str, Any] | Unset = UNSET
        if not isinstance(self.selected_goal, Unset):
            selected_goal = self.selected_goal.to_dict()

        weekly_learning_goal_enabled = self.weekly_learning_goal_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if selected_goal is not UNSET:
            field_dict["selected_goal"] = selected_goal
        if weekly_learning_goal_enabled is not UNSET:
            field_dict["weekly_learning_goal_enabled"] = weekly_learning_goal_enabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.courseware_selected_goal import CoursewareSelectedGoal

        d = dict(src_dict)
        _selected_goal = d.pop("selected_goal", UNSET)
        selected_goal: CoursewareSelectedGoal | Unset
        if isinstance(_selected_goal, Unset):
            selected_goal = UNSET
        else:
            selected_goal = CoursewareSelectedGoal.from_dict(_selected_goal)

        weekly_learning_goal_enabled = d.pop("weekly_learning_goal_enabled", UNSET)

        courseware_course_goals = cls(
            selected_goal=selected_goal,
            weekly_learning_goal_enabled=weekly_learning_goal_enabled,
        )

        courseware_course_goals.additional_properties = d
        return courseware_course_goals

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
