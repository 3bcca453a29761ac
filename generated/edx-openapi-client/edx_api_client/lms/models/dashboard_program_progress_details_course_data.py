from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dashboard_program_course import DashboardProgramCourse


T = TypeVar("T", bound="DashboardProgramProgressDetailsCourseData")


@_attrs_define
class DashboardProgramProgressDetailsCourseData:
    """The program's courses, sorted by the learner's progress in them.

    Attributes:
        uuid (UUID | Unset): The program's UUID.
        completed (list[DashboardProgramCourse] | Unset): The courses the learner has completed.
        in_progress (list[DashboardProgramCourse] | Unset): The courses the learner is taking.
        not_started (list[DashboardProgramCourse] | Unset): The courses the learner has not started.
    """

    uuid: UUID | Unset = UNSET
    completed: list[DashboardProgramCourse] | Unset = UNSET
    in_progress: list[DashboardProgramCourse] | Unset = UNSET
    not_started: list[DashboardProgramCourse] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid)

        completed: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.completed, Unset):
            completed = []
            for completed_item_data in self.completed:
                completed_item = completed_item_data.to_dict()
                completed.append(completed_item)

        in_progress: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.in_progress, Unset):
            in_progress = []
            for in_progress_item_data in self.in_progress:
                in_progress_item = in_progress_item_data.to_dict()
                in_progress.append(in_progress_item)

        not_started: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.not_started, Unset):
            not_started = []
            for not_started_item_data in self.not_started:
                not_started_item = not_started_item_data.to_dict()
                not_started.append(not_started_item)

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
        from ..models.dashboard_program_course import DashboardProgramCourse

        d = dict(src_dict)
        _uuid = d.pop("uuid", UNSET)
        uuid: UUID | Unset
        if isinstance(_uuid, Unset):
            uuid = UNSET
        else:
            uuid = UUID(_uuid)

        _completed = d.pop("completed", UNSET)
        completed: list[DashboardProgramCourse] | Unset = UNSET
        if _completed is not UNSET:
            completed = []
            for completed_item_data in _completed:
                completed_item = DashboardProgramCourse.from_dict(completed_item_data)

                completed.append(completed_item)

        _in_progress = d.pop("in_progress", UNSET)
        in_progress: list[DashboardProgramCourse] | Unset = UNSET
        if _in_progress is not UNSET:
            in_progress = []
            for in_progress_item_data in _in_progress:
                in_progress_item = DashboardProgramCourse.from_dict(
                    in_progress_item_data
                )

                in_progress.append(in_progress_item)

        _not_started = d.pop("not_started", UNSET)
        not_started: list[DashboardProgramCourse] | Unset = UNSET
        if _not_started is not UNSET:
            not_started = []
            for not_started_item_data in _not_started:
                not_started_item = DashboardProgramCourse.from_dict(
                    not_started_item_data
                )

                not_started.append(not_started_item)

        dashboard_program_progress_details_course_data = cls(
            uuid=uuid,
            completed=completed,
            in_progress=in_progress,
            not_started=not_started,
        )

        dashboard_program_progress_details_course_data.additional_properties = d
        return dashboard_program_progress_details_course_data

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
