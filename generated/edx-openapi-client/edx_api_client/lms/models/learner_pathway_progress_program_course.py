from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.learner_pathway_progress_course_run import (
        LearnerPathwayProgressCourseRun,
    )


T = TypeVar("T", bound="LearnerPathwayProgressProgramCourse")


@_attrs_define
class LearnerPathwayProgressProgramCourse:
    """A course of a program in a pathway step, given by its key and runs only.

    Attributes:
        key (str | Unset): The course key, for example "edX+DemoX".
        course_runs (list[LearnerPathwayProgressCourseRun] | Unset): The runs of the course.
    """

    key: str | Unset = UNSET
    course_runs: list[LearnerPathwayProgressCourseRun] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        course_runs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.course_runs, Unset):
            course_runs = []
            for course_runs_item_data in self.course_runs:
                course_runs_item = course_runs_item_data.to_dict()
                course_runs.append(course_runs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if course_runs is not UNSET:
            field_dict["course_runs"] = course_runs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.learner_pathway_progress_course_run import (
            LearnerPathwayProgressCourseRun,
        )

        d = dict(src_dict)
        key = d.pop("key", UNSET)

        _course_runs = d.pop("course_runs", UNSET)
        course_runs: list[LearnerPathwayProgressCourseRun] | Unset = UNSET
        if _course_runs is not UNSET:
            course_runs = []
            for course_runs_item_data in _course_runs:
                course_runs_item = LearnerPathwayProgressCourseRun.from_dict(
                    course_runs_item_data
                )

                course_runs.append(course_runs_item)

        learner_pathway_progress_program_course = cls(
            key=key,
            course_runs=course_runs,
        )

        learner_pathway_progress_program_course.additional_properties = d
        return learner_pathway_progress_program_course

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
