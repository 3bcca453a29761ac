from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.learner_pathway_progress_program_course import (
        LearnerPathwayProgressProgramCourse,
    )


T = TypeVar("T", bound="LearnerPathwayProgressProgram")


@_attrs_define
class LearnerPathwayProgressProgram:
    """A program of a pathway step, with its courses and the learner's status in it.

    Attributes:
        uuid (UUID): The UUID of the program.
        title (str): The title of the program.
        short_description (str): A short description of the program.
        card_image_url (None | str): The URL of the program's card image, or null.
        content_type (str): The kind of content; "program" for a program.
        courses (list[LearnerPathwayProgressProgramCourse]): The courses of the program.
        status (str): The learner's status in the program, for example "NOT_STARTED".
    """

    uuid: UUID
    title: str
    short_description: str
    card_image_url: None | str
    content_type: str
    courses: list[LearnerPathwayProgressProgramCourse]
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = str(self.uuid)

        title = self.title

        short_description = self.short_description

        card_image_url: None | str
        card_image_url = self.card_image_url

        content_type = self.content_type

        courses = []
        for courses_item_data in self.courses:
            courses_item = courses_item_data.to_dict()
            courses.append(courses_item)

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "title": title,
                "short_description": short_description,
                "card_image_url": card_image_url,
                "content_type": content_type,
                "courses": courses,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.learner_pathway_progress_program_course import (
            LearnerPathwayProgressProgramCourse,
        )

        d = dict(src_dict)
        uuid = UUID(d.pop("uuid"))

        title = d.pop("title")

        short_description = d.pop("short_description")

        def _parse_card_image_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        card_image_url = _parse_card_image_url(d.pop("card_image_url"))

        content_type = d.pop("content_type")

        courses = []
        _courses = d.pop("courses")
        for courses_item_data in _courses:
            courses_item = LearnerPathwayProgressProgramCourse.from_dict(
                courses_item_data
            )

            courses.append(courses_item)

        status = d.pop("status")

        learner_pathway_progress_program = cls(
            uuid=uuid,
            title=title,
            short_description=short_description,
            card_image_url=card_image_url,
            content_type=content_type,
            courses=courses,
            status=status,
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
