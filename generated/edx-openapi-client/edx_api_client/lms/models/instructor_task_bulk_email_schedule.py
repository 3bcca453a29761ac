from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InstructorTaskBulkEmailSchedule")


@_attrs_define
class InstructorTaskBulkEmailSchedule:
    """The schedule of a bulk email message: the instructor task that sends it and when. The doc describes the fields only
    by name, type and whether they are required or read only.

        Attributes:
            task (int): The identifier of the instructor task that sends the message.
            task_due (str): When the task is due to run, as a string.
            course_email (str | Unset): The course email message the scheduled task sends; a PUT or PATCH may change it (the
                doc's table marks it read only, its text says it can be updated).
            id (int | Unset): The identifier of the schedule (read only).
    """

    task: int
    task_due: str
    course_email: str | Unset = UNSET
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task = self.task

        task_due = self.task_due

        course_email = self.course_email

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task": task,
                "task_due": task_due,
            }
        )
        if course_email is not UNSET:
            field_dict["course_email"] = course_email
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        task = d.pop("task")

        task_due = d.pop("task_due")

        course_email = d.pop("course_email", UNSET)

        id = d.pop("id", UNSET)

        instructor_task_bulk_email_schedule = cls(
            task=task,
            task_due=task_due,
            course_email=course_email,
            id=id,
        )

        instructor_task_bulk_email_schedule.additional_properties = d
        return instructor_task_bulk_email_schedule

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
