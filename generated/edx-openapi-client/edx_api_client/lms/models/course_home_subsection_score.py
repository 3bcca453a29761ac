from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.course_home_subsection_score_show_correctness import (
    CourseHomeSubsectionScoreShowCorrectness,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.course_home_grade_override import CourseHomeGradeOverride
    from ..models.course_home_problem_score import CourseHomeProblemScore


T = TypeVar("T", bound="CourseHomeSubsectionScore")


@_attrs_define
class CourseHomeSubsectionScore:
    """The scores of one subsection of a chapter.

    Attributes:
        assignment_type (str): The subsection's format, if any (Homework, Exam and so on).
        display_name (str): The subsection's name as displayed.
        has_graded_assignment (bool): Whether the subsection is a graded assignment.
        num_points_earned (float): The points the learner earned in the subsection.
        num_points_possible (float): The points possible in the subsection.
        percent_graded (float): The share of the subsection's points for which the learner has a grade.
        show_correctness (CourseHomeSubsectionScoreShowCorrectness): Whether problem and practice scores are shown,
            depending on the due date.
        block_key (str | Unset): The key of the subsection block.
        learner_has_access (bool | Unset): Whether the learner has access to the subsection (it may be gated).
        show_grades (bool | Unset): Whether grades are shown, given the user's access.
        url (None | str | Unset): The absolute URL of the subsection, or null when a hide-after-due setting makes the
            subsection inaccessible to the learner.
        override (CourseHomeGradeOverride | None | Unset): The override of the grade by a proctor or a grading change,
            or null when there is none.
        problem_scores (list[CourseHomeProblemScore] | Unset): The scores of the subsection's problems.
    """

    assignment_type: str
    display_name: str
    has_graded_assignment: bool
    num_points_earned: float
    num_points_possible: float
    percent_graded: float
    show_correctness: CourseHomeSubsectionScoreShowCorrectness
    block_key: str | Unset = UNSET
    learner_has_access: bool | Unset = UNSET
    show_grades: bool | Unset = UNSET
    url: None | str | Unset = UNSET
    override: CourseHomeGradeOverride | None | Unset = UNSET
    problem_scores: list[CourseHomeProblemScore] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.course_home_grade_override import CourseHomeGradeOverride

        assignment_type = self.assignment_type

        display_name = self.display_name

        has_graded_assignment = self.has_graded_assignment

        num_points_earned = self.num_points_earned

        num_points_possible = self.num_points_possible

        percent_graded = self.percent_graded

        show_correctness = self.show_correctness.value

        block_key = self.block_key

        learner_has_access = self.learner_has_access

        show_grades = self.show_grades

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        override: dict[str, Any] | None | Unset
        if isinstance(self.override, Unset):
            override = UNSET
        elif isinstance(self.override, CourseHomeGradeOverride):
            override = self.override.to_dict()
        else:
            override = self.override

        problem_scores: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.problem_scores, Unset):
            problem_scores = []
            for problem_scores_item_data in self.problem_scores:
                problem_scores_item = problem_scores_item_data.to_dict()
                problem_scores.append(problem_scores_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assignment_type": assignment_type,
                "display_name": display_name,
                "has_graded_assignment": has_graded_assignment,
                "num_points_earned": num_points_earned,
                "num_points_possible": num_points_possible,
                "percent_graded": percent_graded,
                "show_correctness": show_correctness,
            }
        )
        if block_key is not UNSET:
            field_dict["block_key"] = block_key
        if learner_has_access is not UNSET:
            field_dict["learner_has_access"] = learner_has_access
        if show_grades is not UNSET:
            field_dict["show_grades"] = show_grades
        if url is not UNSET:
            field_dict["url"] = url
        if override is not UNSET:
            field_dict["override"] = override
        if problem_scores is not UNSET:
            field_dict["problem_scores"] = problem_scores

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.course_home_grade_override import CourseHomeGradeOverride
        from ..models.course_home_problem_score import CourseHomeProblemScore

        d = dict(src_dict)
        assignment_type = d.pop("assignment_type")

        display_name = d.pop("display_name")

        has_graded_assignment = d.pop("has_graded_assignment")
        if not (isinstance(has_graded_assignment, bool)):
            raise TypeError(
                f"has_graded_assignment: expected a boolean, got {type(has_graded_assignment).__name__}"
            )

        num_points_earned = d.pop("num_points_earned")
        if not (
            isinstance(num_points_earned, (int, float))
            and not isinstance(num_points_earned, bool)
        ):
            raise TypeError(
                f"num_points_earned: expected a number, got {type(num_points_earned).__name__}"
            )

        num_points_possible = d.pop("num_points_possible")
        if not (
            isinstance(num_points_possible, (int, float))
            and not isinstance(num_points_possible, bool)
        ):
            raise TypeError(
                f"num_points_possible: expected a number, got {type(num_points_possible).__name__}"
            )

        percent_graded = d.pop("percent_graded")
        if not (
            isinstance(percent_graded, (int, float))
            and not isinstance(percent_graded, bool)
        ):
            raise TypeError(
                f"percent_graded: expected a number, got {type(percent_graded).__name__}"
            )

        show_correctness = CourseHomeSubsectionScoreShowCorrectness(
            d.pop("show_correctness")
        )

        block_key = d.pop("block_key", UNSET)

        learner_has_access = d.pop("learner_has_access", UNSET)
        if not isinstance(learner_has_access, Unset) and not (
            isinstance(learner_has_access, bool)
        ):
            raise TypeError(
                f"learner_has_access: expected a boolean, got {type(learner_has_access).__name__}"
            )

        show_grades = d.pop("show_grades", UNSET)
        if not isinstance(show_grades, Unset) and not (isinstance(show_grades, bool)):
            raise TypeError(
                f"show_grades: expected a boolean, got {type(show_grades).__name__}"
            )

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_override(data: object) -> CourseHomeGradeOverride | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                override_type_0 = CourseHomeGradeOverride.from_dict(data)

                return override_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CourseHomeGradeOverride | None | Unset, data)

        override = _parse_override(d.pop("override", UNSET))

        _problem_scores = d.pop("problem_scores", UNSET)
        problem_scores: list[CourseHomeProblemScore] | Unset = UNSET
        if _problem_scores is not UNSET:
            problem_scores = []
            for problem_scores_item_data in _problem_scores:
                problem_scores_item = CourseHomeProblemScore.from_dict(
                    problem_scores_item_data
                )

                problem_scores.append(problem_scores_item)

        course_home_subsection_score = cls(
            assignment_type=assignment_type,
            display_name=display_name,
            has_graded_assignment=has_graded_assignment,
            num_points_earned=num_points_earned,
            num_points_possible=num_points_possible,
            percent_graded=percent_graded,
            show_correctness=show_correctness,
            block_key=block_key,
            learner_has_access=learner_has_access,
            show_grades=show_grades,
            url=url,
            override=override,
            problem_scores=problem_scores,
        )

        course_home_subsection_score.additional_properties = d
        return course_home_subsection_score

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
