from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OraStaffGraderAssessedCriterion")


@_attrs_define
class OraStaffGraderAssessedCriterion:
    """How one rubric criterion was assessed.

    Attributes:
        name (str): The criterion's name.
        feedback (str): The grader's feedback on the criterion.
        points (int | None): The points of the option chosen; null for a feedback-only criterion.
        selected_option (None | str): The name of the option chosen; null for a feedback-only criterion.
    """

    name: str
    feedback: str
    points: int | None
    selected_option: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        feedback = self.feedback

        points: int | None
        points = self.points

        selected_option: None | str
        selected_option = self.selected_option

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "feedback": feedback,
                "points": points,
                "selectedOption": selected_option,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        feedback = d.pop("feedback")

        def _parse_points(data: object) -> int | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                points_type_0 = data
                if not (
                    isinstance(points_type_0, int)
                    and not isinstance(points_type_0, bool)
                ):
                    raise TypeError(
                        f"points_type_0: expected an integer, got {type(points_type_0).__name__}"
                    )

                return points_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None, data)

        points = _parse_points(d.pop("points"))

        def _parse_selected_option(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        selected_option = _parse_selected_option(d.pop("selectedOption"))

        ora_staff_grader_assessed_criterion = cls(
            name=name,
            feedback=feedback,
            points=points,
            selected_option=selected_option,
        )

        ora_staff_grader_assessed_criterion.additional_properties = d
        return ora_staff_grader_assessed_criterion

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
