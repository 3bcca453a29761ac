from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.grades_subsection_grade_override import GradesSubsectionGradeOverride
    from ..models.grades_subsection_grade_override_history import (
        GradesSubsectionGradeOverrideHistory,
    )
    from ..models.grades_subsection_scores import GradesSubsectionScores


T = TypeVar("T", bound="GradesSubsectionGrade")


@_attrs_define
class GradesSubsectionGrade:
    """A learner's grade in a subsection, its override and the override's history.

    Attributes:
        success (bool): False when the subsection is not available to the learner (its grade then reads 0).
        subsection_id (str): The subsection's usage key.
        user_id (int): The learner's user id.
        course_id (str): The identifier of the subsection's course.
        original_grade (GradesSubsectionScores): A learner's computed points in a subsection.
        override (GradesSubsectionGradeOverride | None): The override replacing the computed grade; null when there is
            none.
        history (list[GradesSubsectionGradeOverrideHistory]): The override's change history, oldest first.
        error_message (str | Unset): Why the grade could not be read; only present when `success` is false.
    """

    success: bool
    subsection_id: str
    user_id: int
    course_id: str
    original_grade: GradesSubsectionScores
    override: GradesSubsectionGradeOverride | None
    history: list[GradesSubsectionGradeOverrideHistory]
    error_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.grades_subsection_grade_override import (
            GradesSubsectionGradeOverride,
        )

        success = self.success

        subsection_id = self.subsection_id

        user_id = self.user_id

        course_id = self.course_id

        original_grade = self.original_grade.to_dict()

        override: dict[str, Any] | None
        if isinstance(self.override, GradesSubsectionGradeOverride):
            override = self.override.to_dict()
        else:
            override = self.override

        history = []
        for history_item_data in self.history:
            history_item = history_item_data.to_dict()
            history.append(history_item)

        error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "subsection_id": subsection_id,
                "user_id": user_id,
                "course_id": course_id,
                "original_grade": original_grade,
                "override": override,
                "history": history,
            }
        )
        if error_message is not UNSET:
            field_dict["error_message"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.grades_subsection_grade_override import (
            GradesSubsectionGradeOverride,
        )
        from ..models.grades_subsection_grade_override_history import (
            GradesSubsectionGradeOverrideHistory,
        )
        from ..models.grades_subsection_scores import GradesSubsectionScores

        d = dict(src_dict)
        success = d.pop("success")
        if not (isinstance(success, bool)):
            raise TypeError(
                f"success: expected a boolean, got {type(success).__name__}"
            )

        subsection_id = d.pop("subsection_id")

        user_id = d.pop("user_id")
        if not (isinstance(user_id, int) and not isinstance(user_id, bool)):
            raise TypeError(
                f"user_id: expected an integer, got {type(user_id).__name__}"
            )

        course_id = d.pop("course_id")

        original_grade = GradesSubsectionScores.from_dict(d.pop("original_grade"))

        def _parse_override(data: object) -> GradesSubsectionGradeOverride | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                override_type_0 = GradesSubsectionGradeOverride.from_dict(data)

                return override_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GradesSubsectionGradeOverride | None, data)

        override = _parse_override(d.pop("override"))

        history = []
        _history = d.pop("history")
        for history_item_data in _history:
            history_item = GradesSubsectionGradeOverrideHistory.from_dict(
                history_item_data
            )

            history.append(history_item)

        error_message = d.pop("error_message", UNSET)

        grades_subsection_grade = cls(
            success=success,
            subsection_id=subsection_id,
            user_id=user_id,
            course_id=course_id,
            original_grade=original_grade,
            override=override,
            history=history,
            error_message=error_message,
        )

        grades_subsection_grade.additional_properties = d
        return grades_subsection_grade

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
