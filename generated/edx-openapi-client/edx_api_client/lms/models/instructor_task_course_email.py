from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InstructorTaskCourseEmail")


@_attrs_define
class InstructorTaskCourseEmail:
    """The course email message a scheduled bulk email task sends: who wrote it, its subject and bodies, and the recipient
    groups it goes to.

        Attributes:
            id (int): The identifier of the course email.
            subject (str): The subject line; may be empty.
            html_message (None | str): The HTML body of the message.
            text_message (None | str): The plain-text body of the message.
            course_id (str): The key of the course run the message is sent in.
            to_option (str): A deprecated, unused column kept for old messages; recipients are in `targets`.
            sender (None | str): The username of the user who wrote the message; null when none is recorded.
            targets (list[str]): The recipient groups: `myself`, `staff` (staff and instructors), `learners`,
                `cohort-<cohort name>` or `track-<course mode slug>`.
    """

    id: int
    subject: str
    html_message: None | str
    text_message: None | str
    course_id: str
    to_option: str
    sender: None | str
    targets: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        subject = self.subject

        html_message: None | str
        html_message = self.html_message

        text_message: None | str
        text_message = self.text_message

        course_id = self.course_id

        to_option = self.to_option

        sender: None | str
        sender = self.sender

        targets = self.targets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "subject": subject,
                "html_message": html_message,
                "text_message": text_message,
                "course_id": course_id,
                "to_option": to_option,
                "sender": sender,
                "targets": targets,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")
        if not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        subject = d.pop("subject")

        def _parse_html_message(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        html_message = _parse_html_message(d.pop("html_message"))

        def _parse_text_message(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        text_message = _parse_text_message(d.pop("text_message"))

        course_id = d.pop("course_id")

        to_option = d.pop("to_option")

        def _parse_sender(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sender = _parse_sender(d.pop("sender"))

        targets = cast(list[str], d.pop("targets"))

        instructor_task_course_email = cls(
            id=id,
            subject=subject,
            html_message=html_message,
            text_message=text_message,
            course_id=course_id,
            to_option=to_option,
            sender=sender,
            targets=targets,
        )

        instructor_task_course_email.additional_properties = d
        return instructor_task_course_email

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
