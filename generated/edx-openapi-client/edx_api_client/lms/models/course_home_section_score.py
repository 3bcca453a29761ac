from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.course_home_subsection_score import CourseHomeSubsectionScore


T = TypeVar("T", bound="CourseHomeSectionScore")


@_attrs_define
class CourseHomeSectionScore:
    """The scores of one chapter (section) of the course.

    Attributes:
        display_name (str): The chapter's name as displayed.
        subsections (list[CourseHomeSubsectionScore]): The scores of the chapter's subsections.
    """

    display_name: str
    subsections: list[CourseHomeSubsectionScore]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        subsections = []
        for subsections_item_data in self.subsections:
            subsections_item = subsections_item_data.to_dict()
            subsections.append(subsections_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "display_name": display_name,
                "subsections": subsections,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.course_home_subsection_score import CourseHomeSubsectionScore

        d = dict(src_dict)
        display_name = d.pop("display_name")

        subsections = []
        _subsections = d.pop("subsections")
        for subsections_item_data in _subsections:
            subsections_item = CourseHomeSubsectionScore.from_dict(
                subsections_item_data
            )

            subsections.append(subsections_item)

        course_home_section_score = cls(
            display_name=display_name,
            subsections=subsections,
        )

        course_home_section_score.additional_properties = d
        return course_home_section_score

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
