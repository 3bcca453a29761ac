from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.instructor_task_course_email import InstructorTaskCourseEmail


T = TypeVar("T", bound="InstructorTaskBulkEmailSchedule")


@_attrs_define
class InstructorTaskBulkEmailSchedule:
    """The schedule of a bulk email message: the instructor task that sends it and when.

    Attributes:
        task (int): The identifier of the instructor task that sends the message.
        task_due (datetime.datetime): When the task is due to run, as a date and time.
        id (int | Unset): The identifier of the schedule (read only).
        course_email (InstructorTaskCourseEmail | Unset): The course email message a scheduled bulk email task sends:
            who wrote it, its subject and bodies, and the recipient groups it goes to.
    """

    task: int
    task_due: datetime.datetime
    id: int | Unset = UNSET
    course_email: InstructorTaskCourseEmail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task = self.task

        task_due = self.task_due.isoformat()

        id = self.id

        course_email: dict[str, Any] | Unset = UNSET
        if not isinstance(self.course_email, Unset):
            course_email = self.course_email.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task": task,
                "task_due": task_due,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if course_email is not UNSET:
            field_dict["course_email"] = course_email

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.instructor_task_course_email import InstructorTaskCourseEmail

        d = dict(src_dict)
        task = d.pop("task")
        if not (isinstance(task, int) and not isinstance(task, bool)):
            raise TypeError(f"task: expected an integer, got {type(task).__name__}")

        task_due = datetime.datetime.fromisoformat(d.pop("task_due"))

        id = d.pop("id", UNSET)
        if not isinstance(id, Unset) and not (
            isinstance(id, int) and not isinstance(id, bool)
        ):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        _course_email = d.pop("course_email", UNSET)
        course_email: InstructorTaskCourseEmail | Unset
        if isinstance(_course_email, Unset):
            course_email = UNSET
        else:
            course_email = InstructorTaskCourseEmail.from_dict(_course_email)

        instructor_task_bulk_email_schedule = cls(
            task=task,
            task_due=task_due,
            id=id,
            course_email=course_email,
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
