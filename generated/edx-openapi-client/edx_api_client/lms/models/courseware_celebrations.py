from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CoursewareCelebrations")


@_attrs_define
class CoursewareCelebrations:
    """Which celebrations the learning pages should show.

    Attributes:
        first_section (bool | Unset): Whether the first-section celebration should be shown; the frontend adds
            information of its own, so this is not final.
        streak_length_to_celebrate (int | None | Unset): The length of the learner's streak to celebrate, or null when
            there is none.
        streak_discount_enabled (bool | Unset): Whether the frontend should show an upgrade discount for reaching the
            streak.
        weekly_goal (bool | Unset): Whether the weekly goal celebration should be shown.
    """

    first_section: bool | Unset = UNSET
    streak_length_to_celebrate: int | None | Unset = UNSET
    streak_discount_enabled: bool | Unset = UNSET
    weekly_goal: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_section = self.first_section

        streak_length_to_celebrate: int | None | Unset
        if isinstance(self.streak_length_to_celebrate, Unset):
            streak_length_to_celebrate = UNSET
        else:
            streak_length_to_celebrate = self.streak_length_to_celebrate

        streak_discount_enabled = self.streak_discount_enabled

        weekly_goal = self.weekly_goal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_section is not UNSET:
            field_dict["first_section"] = first_section
        if streak_length_to_celebrate is not UNSET:
            field_dict["streak_length_to_celebrate"] = streak_length_to_celebrate
        if streak_discount_enabled is not UNSET:
            field_dict["streak_discount_enabled"] = streak_discount_enabled
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

        def _parse_streak_length_to_celebrate(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                streak_length_to_celebrate_type_0 = data
                if not (
                    isinstance(streak_length_to_celebrate_type_0, int)
                    and not isinstance(streak_length_to_celebrate_type_0, bool)
                ):
                    raise TypeError(
                        f"streak_length_to_celebrate_type_0: expected an integer, got {type(streak_length_to_celebrate_type_0).__name__}"
                    )

                return streak_length_to_celebrate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | Unset, data)

        streak_length_to_celebrate = _parse_streak_length_to_celebrate(
            d.pop("streak_length_to_celebrate", UNSET)
        )

        streak_discount_enabled = d.pop("streak_discount_enabled", UNSET)
        if not isinstance(streak_discount_enabled, Unset) and not (
            isinstance(streak_discount_enabled, bool)
        ):
            raise TypeError(
                f"streak_discount_enabled: expected a boolean, got {type(streak_discount_enabled).__name__}"
            )

        weekly_goal = d.pop("weekly_goal", UNSET)
        if not isinstance(weekly_goal, Unset) and not (isinstance(weekly_goal, bool)):
            raise TypeError(
                f"weekly_goal: expected a boolean, got {type(weekly_goal).__name__}"
            )

        courseware_celebrations = cls(
            first_section=first_section,
            streak_length_to_celebrate=streak_length_to_celebrate,
            streak_discount_enabled=streak_discount_enabled,
            weekly_goal=weekly_goal,
        )

        courseware_celebrations.additional_properties = d
        return courseware_celebrations

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
