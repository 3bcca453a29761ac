from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.courseware_selected_goal import CoursewareSelectedGoal


T = TypeVar("T", bound="CoursewareCourseGoals")


@_attrs_define
class CoursewareCourseGoals:
    """The learner's weekly learning goal for the course.

    Attributes:
        weekly_learning_goal_enabled (bool): Whether the weekly learning goal feature is enabled for this request.
        selected_goal (CoursewareSelectedGoal | None): The goal the learner chose, or null when there is none.
    """

    weekly_learning_goal_enabled: bool
    selected_goal: CoursewareSelectedGoal | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.courseware_selected_goal import CoursewareSelectedGoal

        weekly_learning_goal_enabled = self.weekly_learning_goal_enabled

        selected_goal: dict[str, Any] | None
        if isinstance(self.selected_goal, CoursewareSelectedGoal):
            selected_goal = self.selected_goal.to_dict()
        else:
            selected_goal = self.selected_goal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "weekly_learning_goal_enabled": weekly_learning_goal_enabled,
                "selected_goal": selected_goal,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.courseware_selected_goal import CoursewareSelectedGoal

        d = dict(src_dict)
        weekly_learning_goal_enabled = d.pop("weekly_learning_goal_enabled")
        if not (isinstance(weekly_learning_goal_enabled, bool)):
            raise TypeError(
                f"weekly_learning_goal_enabled: expected a boolean, got {type(weekly_learning_goal_enabled).__name__}"
            )

        def _parse_selected_goal(data: object) -> CoursewareSelectedGoal | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                selected_goal_type_0 = CoursewareSelectedGoal.from_dict(data)

                return selected_goal_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CoursewareSelectedGoal | None, data)

        selected_goal = _parse_selected_goal(d.pop("selected_goal"))

        courseware_course_goals = cls(
            weekly_learning_goal_enabled=weekly_learning_goal_enabled,
            selected_goal=selected_goal,
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
