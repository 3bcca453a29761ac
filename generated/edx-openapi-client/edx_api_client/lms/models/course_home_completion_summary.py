from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CourseHomeCompletionSummary")


@_attrs_define
class CourseHomeCompletionSummary:
    """Unit completion counts. The field table types this as an object and lists none of its members.

    Attributes:
        complete_count (float | Unset): How many units are complete.
        incomplete_count (float | Unset): How many units are incomplete.
        locked_count (float | Unset): How many units contain gated content.
    """

    complete_count: float | Unset = UNSET
    incomplete_count: float | Unset = UNSET
    locked_count: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        complete_count = self.complete_count

        incomplete_count = self.incomplete_count

        locked_count = self.locked_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if complete_count is not UNSET:
            field_dict["complete_count"] = complete_count
        if incomplete_count is not UNSET:
            field_dict["incomplete_count"] = incomplete_count
        if locked_count is not UNSET:
            field_dict["locked_count"] = locked_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        complete_count = d.pop("complete_count", UNSET)
        if not isinstance(complete_count, Unset) and not (
            isinstance(complete_count, (int, float))
            and not isinstance(complete_count, bool)
        ):
            raise TypeError(
                f"complete_count: expected a number, got {type(complete_count).__name__}"
            )

        incomplete_count = d.pop("incomplete_count", UNSET)
        if not isinstance(incomplete_count, Unset) and not (
            isinstance(incomplete_count, (int, float))
            and not isinstance(incomplete_count, bool)
        ):
            raise TypeError(
                f"incomplete_count: expected a number, got {type(incomplete_count).__name__}"
            )

        locked_count = d.pop("locked_count", UNSET)
        if not isinstance(locked_count, Unset) and not (
            isinstance(locked_count, (int, float))
            and not isinstance(locked_count, bool)
        ):
            raise TypeError(
                f"locked_count: expected a number, got {type(locked_count).__name__}"
            )

        course_home_completion_summary = cls(
            complete_count=complete_count,
            incomplete_count=incomplete_count,
            locked_count=locked_count,
        )

        course_home_completion_summary.additional_properties = d
        return course_home_completion_summary

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
