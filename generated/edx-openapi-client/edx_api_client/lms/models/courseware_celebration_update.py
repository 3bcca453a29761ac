from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CoursewareCelebrationUpdate")


@_attrs_define
class CoursewareCelebrationUpdate:
    """The celebrations the learner has had; a key left out is not changed. Any other key is refused with 400.

    Attributes:
        first_section (bool | Unset): Whether the first-section celebration should still be shown.
        weekly_goal (bool | Unset): Whether the weekly-goal celebration should still be shown.
    """

    first_section: bool | Unset = UNSET
    weekly_goal: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        first_section = self.first_section

        weekly_goal = self.weekly_goal

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if first_section is not UNSET:
            field_dict["first_section"] = first_section
        if weekly_goal is not UNSET:
            field_dict["weekly_goal"] = weekly_goal

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        first_section = d.pop("first_section", UNSET)
        if not isinstance(first_section, Unset) and not (
            isinstance(first_section, bool)
        ):
            raise TypeError(
                f"first_section: expected a boolean, got {type(first_section).__name__}"
            )

        weekly_goal = d.pop("weekly_goal", UNSET)
        if not isinstance(weekly_goal, Unset) and not (isinstance(weekly_goal, bool)):
            raise TypeError(
                f"weekly_goal: expected a boolean, got {type(weekly_goal).__name__}"
            )

        courseware_celebration_update = cls(
            first_section=first_section,
            weekly_goal=weekly_goal,
        )

        return courseware_celebration_update
