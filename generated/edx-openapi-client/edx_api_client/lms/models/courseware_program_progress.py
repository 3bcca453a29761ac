from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CoursewareProgramProgress")


@_attrs_define
class CoursewareProgramProgress:
    """The user's progress in a program, counted in courses.

    Attributes:
        in_progress (int): How many of the program's courses are in progress (the user enrolled in one of the course's
            runs).
        not_started (int): How many of the program's courses have not been started.
        completed (int): How many of the program's courses are complete (the user earned a certificate in one of the
            course's runs).
    """

    in_progress: int
    not_started: int
    completed: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        in_progress = self.in_progress

        not_started = self.not_started

        completed = self.completed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "in_progress": in_progress,
                "not_started": not_started,
                "completed": completed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        in_progress = d.pop("in_progress")
        if not (isinstance(in_progress, int) and not isinstance(in_progress, bool)):
            raise TypeError(
                f"in_progress: expected an integer, got {type(in_progress).__name__}"
            )

        not_started = d.pop("not_started")
        if not (isinstance(not_started, int) and not isinstance(not_started, bool)):
            raise TypeError(
                f"not_started: expected an integer, got {type(not_started).__name__}"
            )

        completed = d.pop("completed")
        if not (isinstance(completed, int) and not isinstance(completed, bool)):
            raise TypeError(
                f"completed: expected an integer, got {type(completed).__name__}"
            )

        courseware_program_progress = cls(
            in_progress=in_progress,
            not_started=not_started,
            completed=completed,
        )

        courseware_program_progress.additional_properties = d
        return courseware_program_progress

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
