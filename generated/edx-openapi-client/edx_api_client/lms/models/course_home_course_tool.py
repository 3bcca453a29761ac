from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CourseHomeCourseTool")


@_attrs_define
class CourseHomeCourseTool:
    """One course tool offered on the outline.

    Attributes:
        analytics_id (str): The unique identifier of the tool.
        title (str): The display title of the tool.
        url (str | Unset): The link to the tool.
    """

    analytics_id: str
    title: str
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        analytics_id = self.analytics_id

        title = self.title

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "analytics_id": analytics_id,
                "title": title,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        analytics_id = d.pop("analytics_id")

        title = d.pop("title")

        url = d.pop("url", UNSET)

        course_home_course_tool = cls(
            analytics_id=analytics_id,
            title=title,
            url=url,
        )

        course_home_course_tool.additional_properties = d
        return course_home_course_tool

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
