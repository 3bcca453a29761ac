from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EdxProctoringSoftwareSecureComment")


@_attrs_define
class EdxProctoringSoftwareSecureComment:
    """A reviewer's comment on a moment of the recording.

    Attributes:
        event_start (int):
        event_finish (int):
        duration (int):
        comments (str):
        event_status (str):
    """

    event_start: int
    event_finish: int
    duration: int
    comments: str
    event_status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_start = self.event_start

        event_finish = self.event_finish

        duration = self.duration

        comments = self.comments

        event_status = self.event_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "eventStart": event_start,
                "eventFinish": event_finish,
                "duration": duration,
                "comments": comments,
                "eventStatus": event_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        event_start = d.pop("eventStart")
        if not (isinstance(event_start, int) and not isinstance(event_start, bool)):
            raise TypeError(
                f"eventStart: expected an integer, got {type(event_start).__name__}"
            )

        event_finish = d.pop("eventFinish")
        if not (isinstance(event_finish, int) and not isinstance(event_finish, bool)):
            raise TypeError(
                f"eventFinish: expected an integer, got {type(event_finish).__name__}"
            )

        duration = d.pop("duration")
        if not (isinstance(duration, int) and not isinstance(duration, bool)):
            raise TypeError(
                f"duration: expected an integer, got {type(duration).__name__}"
            )

        comments = d.pop("comments")

        event_status = d.pop("eventStatus")

        edx_proctoring_software_secure_comment = cls(
            event_start=event_start,
            event_finish=event_finish,
            duration=duration,
            comments=comments,
            event_status=event_status,
        )

        edx_proctoring_software_secure_comment.additional_properties = d
        return edx_proctoring_software_secure_comment

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
