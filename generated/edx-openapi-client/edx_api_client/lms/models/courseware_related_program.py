from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.courseware_program_progress import CoursewareProgramProgress


T = TypeVar("T", bound="CoursewareRelatedProgram")


@_attrs_define
class CoursewareRelatedProgram:
    """A program that includes the course, with the user's progress in it.

    Attributes:
        progress (CoursewareProgramProgress): The user's progress in a program, counted in courses.
        slug (str): The program type.
        title (str): The title of the program.
        url (str): The link to the program's landing page.
        uuid (UUID): The unique identifier of the program.
    """

    progress: CoursewareProgramProgress
    slug: str
    title: str
    url: str
    uuid: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        progress = self.progress.to_dict()

        slug = self.slug

        title = self.title

        url = self.url

        uuid = str(self.uuid)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "progress": progress,
                "slug": slug,
                "title": title,
                "url": url,
                "uuid": uuid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.courseware_program_progress import CoursewareProgramProgress

        d = dict(src_dict)
        progress = CoursewareProgramProgress.from_dict(d.pop("progress"))

        slug = d.pop("slug")

        title = d.pop("title")

        url = d.pop("url")

        uuid = UUID(d.pop("uuid"))

        courseware_related_program = cls(
            progress=progress,
            slug=slug,
            title=title,
            url=url,
            uuid=uuid,
        )

        courseware_related_program.additional_properties = d
        return courseware_related_program

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
