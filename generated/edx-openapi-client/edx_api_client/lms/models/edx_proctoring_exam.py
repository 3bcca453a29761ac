from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EdxProctoringExam")


@_attrs_define
class EdxProctoringExam:
    """A timed or proctored exam: a subsection of a course with a time limit, as the plugin's exam serializer writes it.

    Attributes:
        id (int): The exam's id.
        course_id (str): The course the exam belongs to.
        content_id (str): The usage key of the exam's subsection in the course.
        external_id (None | str): The exam's id at its proctoring service, if it has one.
        exam_name (str): The exam's display name.
        time_limit_mins (int): The time allowed, in minutes.
        is_proctored (bool): Whether the exam is proctored (false for a timed exam).
        is_practice_exam (bool): Whether the exam is a practice (or onboarding) exam.
        is_active (bool): Whether the exam is active.
        due_date (datetime.datetime | None): The deadline to finish the exam, if any.
        hide_after_due (bool): Whether the exam is hidden after its due date.
        backend (None | str): The proctoring service the exam uses, when it overrides the platform's default.
    """

    id: int
    course_id: str
    content_id: str
    external_id: None | str
    exam_name: str
    time_limit_mins: int
    is_proctored: bool
    is_practice_exam: bool
    is_active: bool
    due_date: datetime.datetime | None
    hide_after_due: bool
    backend: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        course_id = self.course_id

        content_id = self.content_id

        external_id: None | str
        external_id = self.external_id

        exam_name = self.exam_name

        time_limit_mins = self.time_limit_mins

        is_proctored = self.is_proctored

        is_practice_exam = self.is_practice_exam

        is_active = self.is_active

        due_date: None | str
        if isinstance(self.due_date, datetime.datetime):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        hide_after_due = self.hide_after_due

        backend: None | str
        backend = self.backend

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "course_id": course_id,
                "content_id": content_id,
                "external_id": external_id,
                "exam_name": exam_name,
                "time_limit_mins": time_limit_mins,
                "is_proctored": is_proctored,
                "is_practice_exam": is_practice_exam,
                "is_active": is_active,
                "due_date": due_date,
                "hide_after_due": hide_after_due,
                "backend": backend,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")
        if not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        course_id = d.pop("course_id")

        content_id = d.pop("content_id")

        def _parse_external_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        external_id = _parse_external_id(d.pop("external_id"))

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

        def _parse_due_date(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_date_type_0 = datetime.datetime.fromisoformat(data)

                return due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        due_date = _parse_due_date(d.pop("due_date"))

        hide_after_due = d.pop("hide_after_due")
        if not (isinstance(hide_after_due, bool)):
            raise TypeError(
                f"hide_after_due: expected a boolean, got {type(hide_after_due).__name__}"
            )

        def _parse_backend(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        backend = _parse_backend(d.pop("backend"))

        edx_proctoring_exam = cls(
            id=id,
            course_id=course_id,
            content_id=content_id,
            external_id=external_id,
            exam_name=exam_name,
            time_limit_mins=time_limit_mins,
            is_proctored=is_proctored,
            is_practice_exam=is_practice_exam,
            is_active=is_active,
            due_date=due_date,
            hide_after_due=hide_after_due,
            backend=backend,
        )

        edx_proctoring_exam.additional_properties = d
        return edx_proctoring_exam

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
