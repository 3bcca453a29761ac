from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LearnerHomeGradeData")


@_attrs_define
class LearnerHomeGradeData:
    """The learner's grade standing in the course.

    Attributes:
        is_passing (bool): Whether the learner currently has a passing grade.
    """

    is_passing: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_passing = self.is_passing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isPassing": is_passing,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_passing = d.pop("isPassing")
        if not (isinstance(is_passing, bool)):
            raise TypeError(
                f"isPassing: expected a boolean, got {type(is_passing).__name__}"
            )

        learner_home_grade_data = cls(
            is_passing=is_passing,
        )

        learner_home_grade_data.additional_properties = d
        return learner_home_grade_data

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
