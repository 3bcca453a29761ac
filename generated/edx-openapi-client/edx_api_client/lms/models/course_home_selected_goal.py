from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CourseHomeSelectedGoal")


@_attrs_define
class CourseHomeSelectedGoal:
    """The goal the learner chose. The field table types this as an object and lists none of its members.

    Attributes:
        days_per_week (int | Unset): On how many days a week the learner wants to learn.
        subscribed_to_reminders (bool | Unset): Whether the learner wants email reminders about the goal.
    """

    days_per_week: int | Unset = UNSET
    subscribed_to_reminders: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        days_per_week = self.days_per_week

        subscribed_to_reminders = self.subscribed_to_reminders

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if days_per_week is not UNSET:
            field_dict["days_per_week"] = days_per_week
        if subscribed_to_reminders is not UNSET:
            field_dict["subscribed_to_reminders"] = subscribed_to_reminders

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        days_per_week = d.pop("days_per_week", UNSET)
        if not isinstance(days_per_week, Unset) and not (
            isinstance(days_per_week, int) and not isinstance(days_per_week, bool)
        ):
            raise TypeError(
                f"days_per_week: expected an integer, got {type(days_per_week).__name__}"
            )

        subscribed_to_reminders = d.pop("subscribed_to_reminders", UNSET)
        if not isinstance(subscribed_to_reminders, Unset) and not (
            isinstance(subscribed_to_reminders, bool)
        ):
            raise TypeError(
                f"subscribed_to_reminders: expected a boolean, got {type(subscribed_to_reminders).__name__}"
            )

        course_home_selected_goal = cls(
            days_per_week=days_per_week,
            subscribed_to_reminders=subscribed_to_reminders,
        )

        course_home_selected_goal.additional_properties = d
        return course_home_selected_goal

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
