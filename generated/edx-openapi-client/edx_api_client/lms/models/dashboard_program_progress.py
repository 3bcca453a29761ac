from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DashboardProgramProgress")


@_attrs_define
class DashboardProgramProgress:
    """How many of a program's courses the learner has completed, is taking, and has not started.

    Attributes:
        uuid (UUID | Unset): The program's UUID.
        completed (int | Unset): The number of courses completed.
        in_progress (int | Unset): The number of courses in progress.
        not_started (int | Unset): The number of courses not started.
    """

    uuid: UUID | Unset = UNSET
    completed: int | Unset = UNSET
    in_progress: int | Unset = UNSET
    not_started: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid)

        completed = self.completed

        in_progress = self.in_progress

        not_started = self.not_started

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if completed is not UNSET:
            field_dict["completed"] = completed
        if in_progress is not UNSET:
            field_dict["in_progress"] = in_progress
        if not_started is not UNSET:
            field_dict["not_started"] = not_started

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _uuid = d.pop("uuid", UNSET)
        uuid: UUID | Unset
        if isinstance(_uuid, Unset):
            uuid = UNSET
        else:
            uuid = UUID(_uuid)

        completed = d.pop("completed", UNSET)
        if not isinstance(completed, Unset) and not (
            isinstance(completed, int) and not isinstance(completed, bool)
        ):
            raise TypeError(
                f"completed: expected an integer, got {type(completed).__name__}"
            )

        in_progress = d.pop("in_progress", UNSET)
        if not isinstance(in_progress, Unset) and not (
            isinstance(in_progress, int) and not isinstance(in_progress, bool)
        ):
            raise TypeError(
                f"in_progress: expected an integer, got {type(in_progress).__name__}"
            )

        not_started = d.pop("not_started", UNSET)
        if not isinstance(not_started, Unset) and not (
            isinstance(not_started, int) and not isinstance(not_started, bool)
        ):
            raise TypeError(
                f"not_started: expected an integer, got {type(not_started).__name__}"
            )

        dashboard_program_progress = cls(
            uuid=uuid,
            completed=completed,
            in_progress=in_progress,
            not_started=not_started,
        )

        dashboard_program_progress.additional_properties = d
        return dashboard_program_progress

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
