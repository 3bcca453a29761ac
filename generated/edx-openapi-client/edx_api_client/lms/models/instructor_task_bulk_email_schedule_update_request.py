from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.instructor_task_bulk_email_update import InstructorTaskBulkEmailUpdate


T = TypeVar("T", bound="InstructorTaskBulkEmailScheduleUpdateRequest")


@_attrs_define
class InstructorTaskBulkEmailScheduleUpdateRequest:
    """A change to a scheduled bulk email: a new time to send it, new content for its message, or both. Either may be left
    out; a request with neither changes nothing.

        Attributes:
            schedule (str | Unset): When the message should now be sent: a date and time the platform parses freely and
                takes as UTC. It must not be in the past.
            email (InstructorTaskBulkEmailUpdate | Unset): New content for the course email of the scheduled task. `id` must
                name the email the task sends.
    """

    schedule: str | Unset = UNSET
    email: InstructorTaskBulkEmailUpdate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schedule = self.schedule

        email: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email, Unset):
            email = self.email.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.instructor_task_bulk_email_update import (
            InstructorTaskBulkEmailUpdate,
        )

        d = dict(src_dict)
        schedule = d.pop("schedule", UNSET)

        _email = d.pop("email", UNSET)
        email: InstructorTaskBulkEmailUpdate | Unset
        if isinstance(_email, Unset):
            email = UNSET
        else:
            email = InstructorTaskBulkEmailUpdate.from_dict(_email)

        instructor_task_bulk_email_schedule_update_request = cls(
            schedule=schedule,
            email=email,
        )

        instructor_task_bulk_email_schedule_update_request.additional_properties = d
        return instructor_task_bulk_email_schedule_update_request

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
