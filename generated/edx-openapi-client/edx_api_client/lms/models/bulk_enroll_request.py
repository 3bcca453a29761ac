from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_enroll_request_action import BulkEnrollRequestAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkEnrollRequest")


@_attrs_define
class BulkEnrollRequest:
    """Which users to enroll in or unenroll from which courses, and how: `identifiers`, `courses` and `action` are
    required; `auto_enroll` and `email_students` default to false, and `cohorts` is optional.

        Attributes:
            action (BulkEnrollRequestAction): Whether the users are enrolled or unenrolled.
            courses (str): The course ids to enroll the users in or unenroll them from, as a comma-separated list (e.g.
                "course-v1:edX+Demo+123,course-v1:edX+Demo2+456").
            identifiers (str): The users to enroll or unenroll, as a comma-separated list (the example gives email
                addresses: "brandon@example.com,yamilah@example.com").
            auto_enroll (bool | Unset): When true, students are enrolled as soon as they register. Default: False.
            email_students (bool | Unset): When true, students are emailed when they are enrolled. Default: False.
            cohorts (str | Unset): Optional. The cohorts to put the learners in, one per course and in the order of the
                courses, as a comma-separated list (the example sends "cohortA,cohortA"). Only allowed with the action "enroll",
                and every cohort must exist in its course.
    """

    action: BulkEnrollRequestAction
    courses: str
    identifiers: str
    auto_enroll: bool | Unset = False
    email_students: bool | Unset = False
    cohorts: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        courses = self.courses

        identifiers = self.identifiers

        auto_enroll = self.auto_enroll

        email_students = self.email_students

        cohorts = self.cohorts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "courses": courses,
                "identifiers": identifiers,
            }
        )
        if auto_enroll is not UNSET:
            field_dict["auto_enroll"] = auto_enroll
        if email_students is not UNSET:
            field_dict["email_students"] = email_students
        if cohorts is not UNSET:
            field_dict["cohorts"] = cohorts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        action = BulkEnrollRequestAction(d.pop("action"))

        courses = d.pop("courses")

        identifiers = d.pop("identifiers")

        auto_enroll = d.pop("auto_enroll", UNSET)
        if not isinstance(auto_enroll, Unset) and not (isinstance(auto_enroll, bool)):
            raise TypeError(
                f"auto_enroll: expected a boolean, got {type(auto_enroll).__name__}"
            )

        email_students = d.pop("email_students", UNSET)
        if not isinstance(email_students, Unset) and not (
            isinstance(email_students, bool)
        ):
            raise TypeError(
                f"email_students: expected a boolean, got {type(email_students).__name__}"
            )

        cohorts = d.pop("cohorts", UNSET)

        bulk_enroll_request = cls(
            action=action,
            courses=courses,
            identifiers=identifiers,
            auto_enroll=auto_enroll,
            email_students=email_students,
            cohorts=cohorts,
        )

        bulk_enroll_request.additional_properties = d
        return bulk_enroll_request

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
