from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InstructorRunningTask")


@_attrs_define
class InstructorRunningTask:
    """An instructor task (a background celery task) of a course.

    Attributes:
        created (str): When the task was created.
        duration_sec (str): How long the task took, if known.
        requester (str): The username of the user who started the task.
        status (str): The current status of the task.
        task_id (str): The celery id of the task.
        task_input (str): The task's input parameters, JSON-encoded in a string (the example gives "{}"); their format
            and content depend on the kind of task (for example, the problem locations of a problem responses task).
        task_message (str): User-friendly information on the task's status, if any.
        task_state (str): The last known state of the celery task.
        task_type (str): The kind of task, for example rescoring.
    """

    created: str
    duration_sec: str
    requester: str
    status: str
    task_id: str
    task_input: str
    task_message: str
    task_state: str
    task_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created = self.created

        duration_sec = self.duration_sec

        requester = self.requester

        status = self.status

        task_id = self.task_id

        task_input = self.task_input

        task_message = self.task_message

        task_state = self.task_state

        task_type = self.task_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created": created,
                "duration_sec": duration_sec,
                "requester": requester,
                "status": status,
                "task_id": task_id,
                "task_input": task_input,
                "task_message": task_message,
                "task_state": task_state,
                "task_type": task_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created = d.pop("created")

        duration_sec = d.pop("duration_sec")

        requester = d.pop("requester")

        status = d.pop("status")

        task_id = d.pop("task_id")

        task_input = d.pop("task_input")

        task_message = d.pop("task_message")

        task_state = d.pop("task_state")

        task_type = d.pop("task_type")

        instructor_running_task = cls(
            created=created,
            duration_sec=duration_sec,
            requester=requester,
            status=status,
            task_id=task_id,
            task_input=task_input,
            task_message=task_message,
            task_state=task_state,
            task_type=task_type,
        )

        instructor_running_task.additional_properties = d
        return instructor_running_task

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
