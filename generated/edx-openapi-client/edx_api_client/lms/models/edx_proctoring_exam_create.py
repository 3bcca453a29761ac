from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EdxProctoringExamCreate")


@_attrs_define
class EdxProctoringExamCreate:
    """A new exam.

    Attributes:
        course_id (str):
        content_id (str): The usage key of the exam's subsection.
        external_id (str): The exam's id at its proctoring service.
        exam_name (str):
        time_limit_mins (int):
        is_proctored (bool):
        is_practice_exam (bool):
        is_active (bool):
        hide_after_due (bool):
        id (int | Unset): Accepted and ignored.
        due_date (datetime.datetime | Unset): Checked but not stored by this route.
        backend (str | Unset): Checked but not stored by this route.
    """

    course_id: str
    content_id: str
    external_id: str
    exam_name: str
    time_limit_mins: int
    is_proctored: bool
    is_practice_exam: bool
    is_active: bool
    hide_after_due: bool
    id: int | Unset = UNSET
    due_date: datetime.datetime | Unset = UNSET
    backend: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_id = self.course_id

        content_id = self.content_id

        external_id = self.external_id

        exam_name = self.exam_name

        time_limit_mins = self.time_limit_mins

        is_proctored = self.is_proctored

        is_practice_exam = self.is_practice_exam

        is_active = self.is_active

        hide_after_due = self.hide_after_due

        id = self.id

        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.isoformat()

        backend = self.backend

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_id": course_id,
                "content_id": content_id,
                "external_id": external_id,
                "exam_name": exam_name,
                "time_limit_mins": time_limit_mins,
                "is_proctored": is_proctored,
                "is_practice_exam": is_practice_exam,
                "is_active": is_active,
                "hide_after_due": hide_after_due,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if backend is not UNSET:
            field_dict["backend"] = backend

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        course_id = d.pop("course_id")

        content_id = d.pop("content_id")

        external_id = d.pop("external_id")

        exam_name = d.pop("exam_name")

        time_limit_mins = d.pop("time_limit_mins")
        if not (
            isinstance(time_limit_mins, int) and not isinstance(time_limit_mins, bool)
        ):
            raise TypeError(
                f"time_limit_mins: expected an integer, got {type(time_limit_mins).__name__}"
            )

        is_proctored = d.pop("is_proctored")
        if not (isinstance(is_proctored, bool)):
            raise TypeError(
                f"is_proctored: expected a boolean, got {type(is_proctored).__name__}"
            )

        is_practice_exam = d.pop("is_practice_exam")
        if not (isinstance(is_practice_exam, bool)):
            raise TypeError(
                f"is_practice_exam: expected a boolean, got {type(is_practice_exam).__name__}"
            )

        is_active = d.pop("is_active")
        if not (isinstance(is_active, bool)):
            raise TypeError(
                f"is_active: expected a boolean, got {type(is_active).__name__}"
            )

        hide_after_due = d.pop("hide_after_due")
        if not (isinstance(hide_after_due, bool)):
            raise TypeError(
                f"hide_after_due: expected a boolean, got {type(hide_after_due).__name__}"
            )

        id = d.pop("id", UNSET)
        if not isinstance(id, Unset) and not (
            isinstance(id, int) and not isinstance(id, bool)
        ):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        _due_date = d.pop("due_date", UNSET)
        due_date: datetime.datetime | Unset
        if isinstance(_due_date, Unset):
            due_date = UNSET
        else:
            due_date = datetime.datetime.fromisoformat(_due_date)

        backend = d.pop("backend", UNSET)

        edx_proctoring_exam_create = cls(
            course_id=course_id,
            content_id=content_id,
            external_id=external_id,
            exam_name=exam_name,
            time_limit_mins=time_limit_mins,
            is_proctored=is_proctored,
            is_practice_exam=is_practice_exam,
            is_active=is_active,
            hide_after_due=hide_after_due,
            id=id,
            due_date=due_date,
            backend=backend,
        )

        edx_proctoring_exam_create.additional_properties = d
        return edx_proctoring_exam_create

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
