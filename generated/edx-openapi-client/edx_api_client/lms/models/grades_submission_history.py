from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.grades_submission_history_problem import (
        GradesSubmissionHistoryProblem,
    )


T = TypeVar("T", bound="GradesSubmissionHistory")


@_attrs_define
class GradesSubmissionHistory:
    """One learner's problem submissions in one course.

    Attributes:
        course_id (str | Unset): The identifier of the course.
        course_name (str | Unset): The name of the course.
        user (str | Unset): The learner's username.
        problems (list[GradesSubmissionHistoryProblem] | Unset): The problems and their submissions.
    """

    course_id: str | Unset = UNSET
    course_name: str | Unset = UNSET
    user: str | Unset = UNSET
    problems: list[GradesSubmissionHistoryProblem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_id = self.course_id

        course_name = self.course_name

        user = self.user

        problems: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.problems, Unset):
            problems = []
            for problems_item_data in self.problems:
                problems_item = problems_item_data.to_dict()
                problems.append(problems_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if course_id is not UNSET:
            field_dict["course_id"] = course_id
        if course_name is not UNSET:
            field_dict["course_name"] = course_name
        if user is not UNSET:
            field_dict["user"] = user
        if problems is not UNSET:
            field_dict["problems"] = problems

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.grades_submission_history_problem import (
            GradesSubmissionHistoryProblem,
        )

        d = dict(src_dict)
        course_id = d.pop("course_id", UNSET)

        course_name = d.pop("course_name", UNSET)

        user = d.pop("user", UNSET)

        _problems = d.pop("problems", UNSET)
        problems: list[GradesSubmissionHistoryProblem] | Unset = UNSET
        if _problems is not UNSET:
            problems = []
            for problems_item_data in _problems:
                problems_item = GradesSubmissionHistoryProblem.from_dict(
                    problems_item_data
                )

                problems.append(problems_item)

        grades_submission_history = cls(
            course_id=course_id,
            course_name=course_name,
            user=user,
            problems=problems,
        )

        grades_submission_history.additional_properties = d
        return grades_submission_history

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
