from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_enroll_response_action import BulkEnrollResponseAction

if TYPE_CHECKING:
    from ..models.bulk_enroll_response_courses import BulkEnrollResponseCourses


T = TypeVar("T", bound="BulkEnrollResponse")


@_attrs_define
class BulkEnrollResponse:
    """The outcome of a bulk enrollment, per course.

    Attributes:
        action (BulkEnrollResponseAction): The action the request asked for.
        auto_enroll (bool): Whether the request asked for automatic enrollment on registration.
        email_students (bool): Whether the request asked for the students to be emailed.
        courses (BulkEnrollResponseCourses): The results for each course of the request, keyed by course id.
    """

    action: BulkEnrollResponseAction
    auto_enroll: bool
    email_students: bool
    courses: BulkEnrollResponseCourses
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        auto_enroll = self.auto_enroll

        email_students = self.email_students

        courses = self.courses.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "auto_enroll": auto_enroll,
                "email_students": email_students,
                "courses": courses,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bulk_enroll_response_courses import BulkEnrollResponseCourses

        d = dict(src_dict)
        action = BulkEnrollResponseAction(d.pop("action"))

        auto_enroll = d.pop("auto_enroll")
        if not (isinstance(auto_enroll, bool)):
            raise TypeError(
                f"auto_enroll: expected a boolean, got {type(auto_enroll).__name__}"
            )

        email_students = d.pop("email_students")
        if not (isinstance(email_students, bool)):
            raise TypeError(
                f"email_students: expected a boolean, got {type(email_students).__name__}"
            )

        courses = BulkEnrollResponseCourses.from_dict(d.pop("courses"))

        bulk_enroll_response = cls(
            action=action,
            auto_enroll=auto_enroll,
            email_students=email_students,
            courses=courses,
        )

        bulk_enroll_response.additional_properties = d
        return bulk_enroll_response

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
