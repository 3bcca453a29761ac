from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GradesGradebookSubsectionGrade")


@_attrs_define
class GradesGradebookSubsectionGrade:
    """A learner's grade in one graded subsection, as the gradebook lists it.

    Attributes:
        attempted (bool): Whether the learner attempted the subsection or its grade was overridden.
        category (None | str): The subsection's assignment type; null when it has none.
        label (None | str): The subsection's short label (such as "HW 01"); null when it has none.
        module_id (str): The subsection's usage key.
        percent (float): The learner's graded percent in the subsection, as a fraction.
        score_earned (float): The points earned on the subsection's graded problems (0 when not attempted).
        score_possible (float): The points possible on the subsection's graded problems (0 when not attempted).
        subsection_name (str): The subsection's display name.
    """

    attempted: bool
    category: None | str
    label: None | str
    module_id: str
    percent: float
    score_earned: float
    score_possible: float
    subsection_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attempted = self.attempted

        category: None | str
        category = self.category

        label: None | str
        label = self.label

        module_id = self.module_id

        percent = self.percent

        score_earned = self.score_earned

        score_possible = self.score_possible

        subsection_name = self.subsection_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attempted": attempted,
                "category": category,
                "label": label,
                "module_id": module_id,
                "percent": percent,
                "score_earned": score_earned,
                "score_possible": score_possible,
                "subsection_name": subsection_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        attempted = d.pop("attempted")
        if not (isinstance(attempted, bool)):
            raise TypeError(
                f"attempted: expected a boolean, got {type(attempted).__name__}"
            )

        def _parse_category(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        category = _parse_category(d.pop("category"))

        def _parse_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        label = _parse_label(d.pop("label"))

        module_id = d.pop("module_id")

        percent = d.pop("percent")
        if not (isinstance(percent, (int, float)) and not isinstance(percent, bool)):
            raise TypeError(f"percent: expected a number, got {type(percent).__name__}")

        score_earned = d.pop("score_earned")
        if not (
            isinstance(score_earned, (int, float))
            and not isinstance(score_earned, bool)
        ):
            raise TypeError(
                f"score_earned: expected a number, got {type(score_earned).__name__}"
            )

        score_possible = d.pop("score_possible")
        if not (
            isinstance(score_possible, (int, float))
            and not isinstance(score_possible, bool)
        ):
            raise TypeError(
                f"score_possible: expected a number, got {type(score_possible).__name__}"
            )

        subsection_name = d.pop("subsection_name")

        grades_gradebook_subsection_grade = cls(
            attempted=attempted,
            category=category,
            label=label,
            module_id=module_id,
            percent=percent,
            score_earned=score_earned,
            score_possible=score_possible,
            subsection_name=subsection_name,
        )

        grades_gradebook_subsection_grade.additional_properties = d
        return grades_gradebook_subsection_grade

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
