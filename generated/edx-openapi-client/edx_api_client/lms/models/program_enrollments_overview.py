from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.program_enrollments_course_run_overview import (
        ProgramEnrollmentsCourseRunOverview,
    )


T = TypeVar("T", bound="ProgramEnrollmentsOverview")


@_attrs_define
class ProgramEnrollmentsOverview:
    """The requesting user's course runs in one program.

    Attributes:
        course_runs (list[ProgramEnrollmentsCourseRunOverview] | Unset): One overview per course run.
    """

    course_runs: list[ProgramEnrollmentsCourseRunOverview] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_runs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.course_runs, Unset):
            course_runs = []
            for course_runs_item_data in self.course_runs:
                course_runs_item = course_runs_item_data.to_dict()
                course_runs.append(course_runs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if course_runs is not UNSET:
            field_dict["course_runs"] = course_runs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.program_enrollments_course_run_overview import (
            ProgramEnrollmentsCourseRunOverview,
        )

        d = dict(src_dict)
        _course_runs = d.pop("course_runs", UNSET)
        course_runs: list[ProgramEnrollmentsCourseRunOverview] | Unset = UNSET
        if _course_runs is not UNSET:
            course_runs = []
            for course_runs_item_data in _course_runs:
                course_runs_item = ProgramEnrollmentsCourseRunOverview.from_dict(
                    course_runs_item_data
                )

                course_runs.append(course_runs_item)

        program_enrollments_overview = cls(
            course_runs=course_runs,
        )

        program_enrollments_overview.additional_properties = d
        return program_enrollments_overview

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
