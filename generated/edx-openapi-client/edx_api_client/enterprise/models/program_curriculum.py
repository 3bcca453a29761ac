from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.catalog_related_program import CatalogRelatedProgram
    from ..models.program_course import ProgramCourse


T = TypeVar("T", bound="ProgramCurriculum")


@_attrs_define
class ProgramCurriculum:
    """A curriculum of a program.

    Attributes:
        uuid (UUID): The UUID of the curriculum.
        name (str): The name of the curriculum.
        marketing_text (str): Marketing text of the curriculum, in HTML.
        marketing_text_brief (None | str): A brief marketing text of the curriculum.
        is_active (bool): Whether the curriculum is the active one.
        courses (list[ProgramCourse]): The courses of the curriculum.
        programs (list[CatalogRelatedProgram]): The programs the curriculum includes.
    """

    uuid: UUID
    name: str
    marketing_text: str
    marketing_text_brief: None | str
    is_active: bool
    courses: list[ProgramCourse]
    programs: list[CatalogRelatedProgram]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = str(self.uuid)

        name = self.name

        marketing_text = self.marketing_text

        marketing_text_brief: None | str
        marketing_text_brief = self.marketing_text_brief

        is_active = self.is_active

        courses = []
        for courses_item_data in self.courses:
            courses_item = courses_item_data.to_dict()
            courses.append(courses_item)

        programs = []
        for programs_item_data in self.programs:
            programs_item = programs_item_data.to_dict()
            programs.append(programs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "name": name,
                "marketing_text": marketing_text,
                "marketing_text_brief": marketing_text_brief,
                "is_active": is_active,
                "courses": courses,
                "programs": programs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalog_related_program import CatalogRelatedProgram
        from ..models.program_course import ProgramCourse

        d = dict(src_dict)
        uuid = UUID(d.pop("uuid"))

        name = d.pop("name")

        marketing_text = d.pop("marketing_text")

        def _parse_marketing_text_brief(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        marketing_text_brief = _parse_marketing_text_brief(
            d.pop("marketing_text_brief")
        )

        is_active = d.pop("is_active")
        if not (isinstance(is_active, bool)):
            raise TypeError(
                f"is_active: expected a boolean, got {type(is_active).__name__}"
            )

        courses = []
        _courses = d.pop("courses")
        for courses_item_data in _courses:
            courses_item = ProgramCourse.from_dict(courses_item_data)

            courses.append(courses_item)

        programs = []
        _programs = d.pop("programs")
        for programs_item_data in _programs:
            programs_item = CatalogRelatedProgram.from_dict(programs_item_data)

            programs.append(programs_item)

        program_curriculum = cls(
            uuid=uuid,
            name=name,
            marketing_text=marketing_text,
            marketing_text_brief=marketing_text_brief,
            is_active=is_active,
            courses=courses,
            programs=programs,
        )

        program_curriculum.additional_properties = d
        return program_curriculum

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
