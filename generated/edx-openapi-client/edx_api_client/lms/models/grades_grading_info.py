from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.grades_grading_info_assignment_types import (
        GradesGradingInfoAssignmentTypes,
    )
    from ..models.grades_grading_info_grade_cutoffs import GradesGradingInfoGradeCutoffs
    from ..models.grades_grading_info_subsection import GradesGradingInfoSubsection


T = TypeVar("T", bound="GradesGradingInfo")


@_attrs_define
class GradesGradingInfo:
    """How a course is graded, for the gradebook: its grade cutoffs, assignment types and subsections, and whether its
    grades are frozen.

        Attributes:
            grade_cutoffs (GradesGradingInfoGradeCutoffs): The lowest grade (a fraction) of each letter grade, keyed by the
                letter grade.
            assignment_types (GradesGradingInfoAssignmentTypes): The course's assignment types, keyed by their name.
            subsections (list[GradesGradingInfoSubsection]): The course's visible subsections (only the graded ones with
                `graded_only`).
            grades_frozen (bool): Whether the course's grades can no longer change.
            can_see_bulk_management (bool): Whether the gradebook offers bulk grade management for the course (a master's
                track or the course's bulk management flag).
    """

    grade_cutoffs: GradesGradingInfoGradeCutoffs
    assignment_types: GradesGradingInfoAssignmentTypes
    subsections: list[GradesGradingInfoSubsection]
    grades_frozen: bool
    can_see_bulk_management: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grade_cutoffs = self.grade_cutoffs.to_dict()

        assignment_types = self.assignment_types.to_dict()

        subsections = []
        for subsections_item_data in self.subsections:
            subsections_item = subsections_item_data.to_dict()
            subsections.append(subsections_item)

        grades_frozen = self.grades_frozen

        can_see_bulk_management = self.can_see_bulk_management

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grade_cutoffs": grade_cutoffs,
                "assignment_types": assignment_types,
                "subsections": subsections,
                "grades_frozen": grades_frozen,
                "can_see_bulk_management": can_see_bulk_management,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.grades_grading_info_assignment_types import (
            GradesGradingInfoAssignmentTypes,
        )
        from ..models.grades_grading_info_grade_cutoffs import (
            GradesGradingInfoGradeCutoffs,
        )
        from ..models.grades_grading_info_subsection import GradesGradingInfoSubsection

        d = dict(src_dict)
        grade_cutoffs = GradesGradingInfoGradeCutoffs.from_dict(d.pop("grade_cutoffs"))

        assignment_types = GradesGradingInfoAssignmentTypes.from_dict(
            d.pop("assignment_types")
        )

        subsections = []
        _subsections = d.pop("subsections")
        for subsections_item_data in _subsections:
            subsections_item = GradesGradingInfoSubsection.from_dict(
                subsections_item_data
            )

            subsections.append(subsections_item)

        grades_frozen = d.pop("grades_frozen")
        if not (isinstance(grades_frozen, bool)):
            raise TypeError(
                f"grades_frozen: expected a boolean, got {type(grades_frozen).__name__}"
            )

        can_see_bulk_management = d.pop("can_see_bulk_management")
        if not (isinstance(can_see_bulk_management, bool)):
            raise TypeError(
                f"can_see_bulk_management: expected a boolean, got {type(can_see_bulk_management).__name__}"
            )

        grades_grading_info = cls(
            grade_cutoffs=grade_cutoffs,
            assignment_types=assignment_types,
            subsections=subsections,
            grades_frozen=grades_frozen,
            can_see_bulk_management=can_see_bulk_management,
        )

        grades_grading_info.additional_properties = d
        return grades_grading_info

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
