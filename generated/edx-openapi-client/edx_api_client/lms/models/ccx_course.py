from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CcxCourse")


@_attrs_define
class CcxCourse:
    """A custom course (CCX) derived from a master course.

    Attributes:
        coach_email (str): The email address of the CCX course's coach.
        display_name (str): The name under which the CCX course is shown.
        due (str): The CCX course's due date, as a string.
        master_course_id (str): The identifier of the master course the CCX course derives from.
        max_students_allowed (int): The largest number of students the CCX course admits.
        start (str): The CCX course's start date, as a string.
        ccx_course_id (str | Unset): The identifier of the CCX course (read only).
        course_modules (str | Unset): The modules of the master course included in the CCX course (read only).
    """

    coach_email: str
    display_name: str
    due: str
    master_course_id: str
    max_students_allowed: int
    start: str
    ccx_course_id: str | Unset = UNSET
    course_modules: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coach_email = self.coach_email

        display_name = self.display_name

        due = self.due

        master_course_id = self.master_course_id

        max_students_allowed = self.max_students_allowed

        start = self.start

        ccx_course_id = self.ccx_course_id

        course_modules = self.course_modules

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coach_email": coach_email,
                "display_name": display_name,
                "due": due,
                "master_course_id": master_course_id,
                "max_students_allowed": max_students_allowed,
                "start": start,
            }
        )
        if ccx_course_id is not UNSET:
            field_dict["ccx_course_id"] = ccx_course_id
        if course_modules is not UNSET:
            field_dict["course_modules"] = course_modules

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        coach_email = d.pop("coach_email")

        display_name = d.pop("display_name")

        due = d.pop("due")

        master_course_id = d.pop("master_course_id")

        max_students_allowed = d.pop("max_students_allowed")
        if not (
            isinstance(max_students_allowed, int)
            and not isinstance(max_students_allowed, bool)
        ):
            raise TypeError(
                f"max_students_allowed: expected an integer, got {type(max_students_allowed).__name__}"
            )

        start = d.pop("start")

        ccx_course_id = d.pop("ccx_course_id", UNSET)

        course_modules = d.pop("course_modules", UNSET)

        ccx_course = cls(
            coach_email=coach_email,
            display_name=display_name,
            due=due,
            master_course_id=master_course_id,
            max_students_allowed=max_students_allowed,
            start=start,
            ccx_course_id=ccx_course_id,
            course_modules=course_modules,
        )

        ccx_course.additional_properties = d
        return ccx_course

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
