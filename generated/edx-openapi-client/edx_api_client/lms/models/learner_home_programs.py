from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.learner_home_related_program import LearnerHomeRelatedProgram


T = TypeVar("T", bound="LearnerHomePrograms")


@_attrs_define
class LearnerHomePrograms:
    """The programs that include the course.

    Attributes:
        related_programs (list[LearnerHomeRelatedProgram]): The programs that include the course.
    """

    related_programs: list[LearnerHomeRelatedProgram]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        related_programs = []
        for related_programs_item_data in self.related_programs:
            related_programs_item = related_programs_item_data.to_dict()
            related_programs.append(related_programs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "relatedPrograms": related_programs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.learner_home_related_program import LearnerHomeRelatedProgram

        d = dict(src_dict)
        related_programs = []
        _related_programs = d.pop("relatedPrograms")
        for related_programs_item_data in _related_programs:
            related_programs_item = LearnerHomeRelatedProgram.from_dict(
                related_programs_item_data
            )

            related_programs.append(related_programs_item)

        learner_home_programs = cls(
            related_programs=related_programs,
        )

        learner_home_programs.additional_properties = d
        return learner_home_programs

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
