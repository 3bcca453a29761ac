from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.learner_pathway_progress_course import LearnerPathwayProgressCourse
    from ..models.learner_pathway_progress_program import LearnerPathwayProgressProgram


T = TypeVar("T", bound="LearnerPathwayProgressStep")


@_attrs_define
class LearnerPathwayProgressStep:
    """A step of a learner pathway: the courses and programs it offers and the learner's progress in it.

    Attributes:
        uuid (UUID | Unset): The UUID of the step.
        min_requirement (int | Unset): How many of the step's courses and programs must be completed.
        courses (list[LearnerPathwayProgressCourse] | Unset): The courses of the step.
        programs (list[LearnerPathwayProgressProgram] | Unset): The programs of the step.
        status (float | Unset): The learner's progress in the step, as a percentage: completed courses and programs over
            the step's minimum requirement, times 100 (0.0 in the example).
    """

    uuid: UUID | Unset = UNSET
    min_requirement: int | Unset = UNSET
    courses: list[LearnerPathwayProgressCourse] | Unset = UNSET
    programs: list[LearnerPathwayProgressProgram] | Unset = UNSET
    status: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid)

        min_requirement = self.min_requirement

        courses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.courses, Unset):
            courses = []
            for courses_item_data in self.courses:
                courses_item = courses_item_data.to_dict()
                courses.append(courses_item)

        programs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.programs, Unset):
            programs = []
            for programs_item_data in self.programs:
                programs_item = programs_item_data.to_dict()
                programs.append(programs_item)

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if min_requirement is not UNSET:
            field_dict["min_requirement"] = min_requirement
        if courses is not UNSET:
            field_dict["courses"] = courses
        if programs is not UNSET:
            field_dict["programs"] = programs
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.learner_pathway_progress_course import (
            LearnerPathwayProgressCourse,
        )
        from ..models.learner_pathway_progress_program import (
            LearnerPathwayProgressProgram,
        )

        d = dict(src_dict)
        _uuid = d.pop("uuid", UNSET)
        uuid: UUID | Unset
        if isinstance(_uuid, Unset):
            uuid = UNSET
        else:
            uuid = UUID(_uuid)

        min_requirement = d.pop("min_requirement", UNSET)
        if not isinstance(min_requirement, Unset) and not (
            isinstance(min_requirement, int) and not isinstance(min_requirement, bool)
        ):
            raise TypeError(
                f"min_requirement: expected an integer, got {type(min_requirement).__name__}"
            )

        _courses = d.pop("courses", UNSET)
        courses: list[LearnerPathwayProgressCourse] | Unset = UNSET
        if _courses is not UNSET:
            courses = []
            for courses_item_data in _courses:
                courses_item = LearnerPathwayProgressCourse.from_dict(courses_item_data)

                courses.append(courses_item)

        _programs = d.pop("programs", UNSET)
        programs: list[LearnerPathwayProgressProgram] | Unset = UNSET
        if _programs is not UNSET:
            programs = []
            for programs_item_data in _programs:
                programs_item = LearnerPathwayProgressProgram.from_dict(
                    programs_item_data
                )

                programs.append(programs_item)

        status = d.pop("status", UNSET)
        if not isinstance(status, Unset) and not (
            isinstance(status, (int, float)) and not isinstance(status, bool)
        ):
            raise TypeError(f"status: expected a number, got {type(status).__name__}")

        learner_pathway_progress_step = cls(
            uuid=uuid,
            min_requirement=min_requirement,
            courses=courses,
            programs=programs,
            status=status,
        )

        learner_pathway_progress_step.additional_properties = d
        return learner_pathway_progress_step

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
