from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.learning_sequences_sequence import LearningSequencesSequence


T = TypeVar("T", bound="LearningSequencesOutlineSequences")


@_attrs_define
class LearningSequencesOutlineSequences:
    """The sequences the user may see, keyed by their usage key."""

    additional_properties: dict[str, LearningSequencesSequence] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.learning_sequences_sequence import LearningSequencesSequence

        d = dict(src_dict)
        learning_sequences_outline_sequences = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = LearningSequencesSequence.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        learning_sequences_outline_sequences.additional_properties = (
            additional_properties
        )
        return learning_sequences_outline_sequences

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> LearningSequencesSequence:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: LearningSequencesSequence) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
