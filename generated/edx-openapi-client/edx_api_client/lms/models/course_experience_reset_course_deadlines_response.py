from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CourseExperienceResetCourseDeadlinesResponse")


@_attrs_define
class CourseExperienceResetCourseDeadlinesResponse:
    """The confirmation of a deadline reset, ready to show to the learner.

    Attributes:
        body (str): An HTML link to the course's dates page.
        header (str): The heading of the confirmation (translated).
        link (str): The URL of the course's dates page in the learning micro-frontend.
        link_text (str): The text of the link (translated).
        message (str): A short confirmation that the deadlines were reset (translated).
    """

    body: str
    header: str
    link: str
    link_text: str
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        header = self.header

        link = self.link

        link_text = self.link_text

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "body": body,
                "header": header,
                "link": link,
                "link_text": link_text,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        body = d.pop("body")

        header = d.pop("header")

        link = d.pop("link")

        link_text = d.pop("link_text")

        message = d.pop("message")

        course_experience_reset_course_deadlines_response = cls(
            body=body,
            header=header,
            link=link,
            link_text=link_text,
            message=message,
        )

        course_experience_reset_course_deadlines_response.additional_properties = d
        return course_experience_reset_course_deadlines_response

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
