from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InstructorTaskBulkEmailUpdate")


@_attrs_define
class InstructorTaskBulkEmailUpdate:
    """New content for the course email of the scheduled task. `id` must name the email the task sends.

    Attributes:
        id (int): The identifier of the course email the task sends.
        targets (list[str] | Unset): The recipient groups of the message.
        subject (str | Unset): The new subject line.
        message (str | Unset): The new HTML body of the message.
    """

    id: int
    targets: list[str] | Unset = UNSET
    subject: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        targets: list[str] | Unset = UNSET
        if not isinstance(self.targets, Unset):
            targets = self.targets

        subject = self.subject

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if targets is not UNSET:
            field_dict["targets"] = targets
        if subject is not UNSET:
            field_dict["subject"] = subject
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")
        if not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        targets = cast(list[str], d.pop("targets", UNSET))

        subject = d.pop("subject", UNSET)

        message = d.pop("message", UNSET)

        instructor_task_bulk_email_update = cls(
            id=id,
            targets=targets,
            subject=subject,
            message=message,
        )

        instructor_task_bulk_email_update.additional_properties = d
        return instructor_task_bulk_email_update

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
