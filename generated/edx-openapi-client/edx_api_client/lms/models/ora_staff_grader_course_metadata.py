from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OraStaffGraderCourseMetadata")


@_attrs_define
class OraStaffGraderCourseMetadata:
    """The course's title, organization, number and key.

    Attributes:
        title (None | str): The course's display name; the course overview allows null.
        org (str): The organization shown for the course.
        number (str): The course number shown for the course.
        course_id (str): The course key.
    """

    title: None | str
    org: str
    number: str
    course_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title: None | str
        title = self.title

        org = self.org

        number = self.number

        course_id = self.course_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "org": org,
                "number": number,
                "courseId": course_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title = _parse_title(d.pop("title"))

        org = d.pop("org")

        number = d.pop("number")

        course_id = d.pop("courseId")

        ora_staff_grader_course_metadata = cls(
            title=title,
            org=org,
            number=number,
            course_id=course_id,
        )

        ora_staff_grader_course_metadata.additional_properties = d
        return ora_staff_grader_course_metadata

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
