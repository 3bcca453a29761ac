from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.learner_pathway_progress_program_status import (
    LearnerPathwayProgressProgramStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.learner_pathway_progress_program_course import (
        LearnerPathwayProgressProgramCourse,
    )


T = TypeVar("T", bound="LearnerPathwayProgressProgram")


@_attrs_define
class LearnerPathwayProgressProgram:
    """A program of a pathway step, with its courses and the learner's status in it.

    Attributes:
        uuid (UUID | Unset): The UUID of the program.
        title (str | Unset): The title of the program.
        short_description (str | Unset): A short description of the program.
        card_image_url (None | str | Unset): The URL of the program's card image, or null.
        content_type (str | Unset): The kind of content; "program" for a program.
        courses (list[LearnerPathwayProgressProgramCourse] | Unset): The courses of the program.
        status (LearnerPathwayProgressProgramStatus | Unset): The learner's status in the program.
        enterprises (str | Unset): The enterprise customers through which the learner reaches the program, as a JSON-
            encoded list in a string (for example "[]").
    """

    uuid: UUID | Unset = UNSET
    title: str | Unset = UNSET
    short_description: str | Unset = UNSET
    card_image_url: None | str | Unset = UNSET
    content_type: str | Unset = UNSET
    courses: list[LearnerPathwayProgressProgramCourse] | Unset = UNSET
    status: LearnerPathwayProgressProgramStatus | Unset = UNSET
    enterprises: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid)

        title = self.title

        short_description = self.short_description

        card_image_url: None | str | Unset
        if isinstance(self.card_image_url, Unset):
            card_image_url = UNSET
        else:
            card_image_url = self.card_image_url

        content_type = self.content_type

        courses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.courses, Unset):
            courses = []
            for courses_item_data in self.courses:
                courses_item = courses_item_data.to_dict()
                courses.append(courses_item)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        enterprises = self.enterprises

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if title is not UNSET:
            field_dict["title"] = title
        if short_description is not UNSET:
            field_dict["short_description"] = short_description
        if card_image_url is not UNSET:
            field_dict["card_image_url"] = card_image_url
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if courses is not UNSET:
            field_dict["courses"] = courses
        if status is not UNSET:
            field_dict["status"] = status
        if enterprises is not UNSET:
            field_dict["enterprises"] = enterprises

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.learner_pathway_progress_program_course import (
            LearnerPathwayProgressProgramCourse,
        )

        d = dict(src_dict)
        _uuid = d.pop("uuid", UNSET)
        uuid: UUID | Unset
        if isinstance(_uuid, Unset):
            uuid = UNSET
        else:
            uuid = UUID(_uuid)

        title = d.pop("title", UNSET)

        short_description = d.pop("short_description", UNSET)

        def _parse_card_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        card_image_url = _parse_card_image_url(d.pop("card_image_url", UNSET))

        content_type = d.pop("content_type", UNSET)

        _courses = d.pop("courses", UNSET)
        courses: list[LearnerPathwayProgressProgramCourse] | Unset = UNSET
        if _courses is not UNSET:
            courses = []
            for courses_item_data in _courses:
                courses_item = LearnerPathwayProgressProgramCourse.from_dict(
                    courses_item_data
                )

                courses.append(courses_item)

        _status = d.pop("status", UNSET)
        status: LearnerPathwayProgressProgramStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = LearnerPathwayProgressProgramStatus(_status)

        enterprises = d.pop("enterprises", UNSET)

        learner_pathway_progress_program = cls(
            uuid=uuid,
            title=title,
            short_description=short_description,
            card_image_url=card_image_url,
            content_type=content_type,
            courses=courses,
            status=status,
            enterprises=enterprises,
        )

        learner_pathway_progress_program.additional_properties = d
        return learner_pathway_progress_program

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
