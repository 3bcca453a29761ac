from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.learner_pathway_progress_pathway import LearnerPathwayProgressPathway


T = TypeVar("T", bound="LearnerPathwayProgressEntry")


@_attrs_define
class LearnerPathwayProgressEntry:
    """The requesting learner's progress in one learner pathway.

    Attributes:
        learner_pathway_progress (LearnerPathwayProgressPathway): A learner pathway with the learner's progress in each
            of its steps: the snapshot the platform stored, sent back as is (an empty object when no snapshot is stored).
    """

    learner_pathway_progress: LearnerPathwayProgressPathway
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        learner_pathway_progress = self.learner_pathway_progress.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "learner_pathway_progress": learner_pathway_progress,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.learner_pathway_progress_pathway import (
            LearnerPathwayProgressPathway,
        )

        d = dict(src_dict)
        learner_pathway_progress = LearnerPathwayProgressPathway.from_dict(
            d.pop("learner_pathway_progress")
        )

        learner_pathway_progress_entry = cls(
            learner_pathway_progress=learner_pathway_progress,
        )

        learner_pathway_progress_entry.additional_properties = d
        return learner_pathway_progress_entry

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
