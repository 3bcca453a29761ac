from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.learner_pathway_progress_step import LearnerPathwayProgressStep


T = TypeVar("T", bound="LearnerPathwayProgressPathway")


@_attrs_define
class LearnerPathwayProgressPathway:
    """A learner pathway with the learner's progress in each of its steps: the snapshot the platform stored, sent back as
    is (an empty object when no snapshot is stored).

        Attributes:
            id (int | Unset): The numeric identifier of the pathway.
            uuid (UUID | Unset): The UUID of the pathway.
            title (str | Unset): The title of the pathway.
            status (str | Unset): The status of the pathway, for example "active".
            banner_image (Any | Unset): The banner image of the pathway; the example only shows null, so its type is left
                open.
            card_image (Any | Unset): The card image of the pathway; the example only shows null, so its type is left open.
            overview (str | Unset): An overview of the pathway.
            steps (list[LearnerPathwayProgressStep] | Unset): The steps of the pathway.
    """

    id: int | Unset = UNSET
    uuid: UUID | Unset = UNSET
    title: str | Unset = UNSET
    status: str | Unset = UNSET
    banner_image: Any | Unset = UNSET
    card_image: Any | Unset = UNSET
    overview: str | Unset = UNSET
    steps: list[LearnerPathwayProgressStep] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid)

        title = self.title

        status = self.status

        banner_image = self.banner_image

        card_image = self.card_image

        overview = self.overview

        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict()
                steps.append(steps_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if title is not UNSET:
            field_dict["title"] = title
        if status is not UNSET:
            field_dict["status"] = status
        if banner_image is not UNSET:
            field_dict["banner_image"] = banner_image
        if card_image is not UNSET:
            field_dict["card_image"] = card_image
        if overview is not UNSET:
            field_dict["overview"] = overview
        if steps is not UNSET:
            field_dict["steps"] = steps

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.learner_pathway_progress_step import LearnerPathwayProgressStep

        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if not isinstance(id, Unset) and not (
            isinstance(id, int) and not isinstance(id, bool)
        ):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        _uuid = d.pop("uuid", UNSET)
        uuid: UUID | Unset
        if isinstance(_uuid, Unset):
            uuid = UNSET
        else:
            uuid = UUID(_uuid)

        title = d.pop("title", UNSET)

        status = d.pop("status", UNSET)

        banner_image = d.pop("banner_image", UNSET)

        card_image = d.pop("card_image", UNSET)

        overview = d.pop("overview", UNSET)

        _steps = d.pop("steps", UNSET)
        steps: list[LearnerPathwayProgressStep] | Unset = UNSET
        if _steps is not UNSET:
            steps = []
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
