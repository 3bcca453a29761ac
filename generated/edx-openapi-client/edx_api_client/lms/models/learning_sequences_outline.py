from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.learning_sequences_outline_sequences import (
        LearningSequencesOutlineSequences,
    )
    from ..models.learning_sequences_section import LearningSequencesSection


T = TypeVar("T", bound="LearningSequencesOutline")


@_attrs_define
class LearningSequencesOutline:
    """The sections of the course in order, and every visible sequence by its usage key.

    Attributes:
        sections (list[LearningSequencesSection]): The sections the user may see, in course order.
        sequences (LearningSequencesOutlineSequences): The sequences the user may see, keyed by their usage key.
    """

    sections: list[LearningSequencesSection]
    sequences: LearningSequencesOutlineSequences
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sections = []
        for sections_item_data in self.sections:
            sections_item = sections_item_data.to_dict()
            sections.append(sections_item)

        sequences = self.sequences.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sections": sections,
                "sequences": sequences,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.learning_sequences_outline_sequences import (
            LearningSequencesOutlineSequences,
        )
        from ..models.learning_sequences_section import LearningSequencesSection

        d = dict(src_dict)
        sections = []
        _sections = d.pop("sections")
        for sections_item_data in _sections:
            sections_item = LearningSequencesSection.from_dict(sections_item_data)

            sections.append(sections_item)

        sequences = LearningSequencesOutlineSequences.from_dict(d.pop("sequences"))

        learning_sequences_outline = cls(
            sections=sections,
            sequences=sequences,
        )

        learning_sequences_outline.additional_properties = d
        return learning_sequences_outline

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
