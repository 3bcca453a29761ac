from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CourseHomeWelcomeMessageDismissRequest")


@_attrs_define
class CourseHomeWelcomeMessageDismissRequest:
    """The course whose welcome message is dismissed; no other key is accepted.

    Attributes:
        course_id (str): The course run key.
    """

    course_id: str

    def to_dict(self) -> dict[str, Any]:
        course_id = self.course_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "course_id": course_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        course_id = d.pop("course_id")

        course_home_welcome_message_dismiss_request = cls(
            course_id=course_id,
        )

        return course_home_welcome_message_dismiss_request
