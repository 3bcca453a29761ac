from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.learner_pathway_progress_step import LearnerPathwayProgressStep


T = TypeVar("T", bound="LearnerPathwayProgressPathway")


@_attrs_define
class LearnerPathwayProgressPathway:
    """A learner pathway with the learner's progress in each of its steps.

    Attributes:
        id (int): The numeric identifier of the pathway.
        uuid (UUID): The UUID of the pathway.
        title (str): The title of the pathway.
        status (str): The status of the pathway, for example "active".
        banner_image (Any): The banner image of the pathway; the example only shows null, so its type is left open.
        card_image (Any): The card image of the pathway; the example only shows null, so its type is left open.
        overview (str): An overview of the pathway.
        steps (list[LearnerPathwayProgressStep]): The steps of the pathway.
    """

    id: int
    uuid: UUID
    title: str
    status: str
    banner_image: Any
    card_image: Any
    overview: str
    steps: list[LearnerPathwayProgressStep]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        uuid = str(self.uuid)

        title = self.title

        status = self.status

        banner_image = self.banner_image

        card_image = self.card_image

        overview = self.overview

        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "uuid": uuid,
                "title": title,
                "status": status,
                "banner_image": banner_image,
                "card_image": card_image,
                "overview": overview,
                "steps": steps,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.learner_pathway_progress_step import LearnerPathwayProgressStep

        d = dict(src_dict)
        id = d.pop("id")

        uuid = UUID(d.pop("uuid"))

        title = d.pop("title")

        status = d.pop("status")

        banner_image = d.pop("banner_image")

        card_image = d.pop("card_image")

        overview = d.pop("overview")

        steps = []
        _steps = d.pop("steps")
        for steps_item_data in _steps:
            steps_item = LearnerPathwayProgressStep.from_dict(steps_item_data)

            steps.append(steps_item)

        learner_pathway_progress_pathway = cls(
            id=id,
            uuid=uuid,
            title=title,
            status=status,
            banner_image=banner_image,
            card_image=card_image,
            overview=overview,
            steps=steps,
        )

        learner_pathway_progress_pathway.additional_properties = d
        return learner_pathway_progress_pathway

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
