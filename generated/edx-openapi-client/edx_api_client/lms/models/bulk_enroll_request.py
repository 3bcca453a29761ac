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
    """Which users to enroll in or unenroll from which courses, and how. The doc's "POST Parameters" list says a request
    "can include" these fields and calls only `cohorts` optional; it marks none required.

        Attributes:
            auto_enroll (bool | Unset): When true, students are enrolled as soon as they register.
            email_students (bool | Unset): When true, students are emailed when they are enrolled.
            action (BulkEnrollRequestAction | Unset): Whether the users are enrolled or unenrolled.
            cohorts (str | Unset): Optional. The cohorts to put the learners in, one per course and in the order of the
                courses, as a comma-separated list (the example sends "cohortA,cohortA").
            courses (str | Unset): The course ids to enroll the users in or unenroll them from, as a comma-separated list
                (e.g. "course-v1:edX+Demo+123,course-v1:edX+Demo2+456").
            identifiers (str | Unset): The users to enroll or unenroll, as a comma-separated list (the example gives email
                addresses: "brandon@example.com,yamilah@example.com").
    """

    auto_enroll: bool | Unset = UNSET
    email_students: bool | Unset = UNSET
    action: BulkEnrollRequestAction | Unset = UNSET
    cohorts: str | Unset = UNSET
    courses: str | Unset = UNSET
    identifiers: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_enroll = self.auto_enroll

        email_students = self.email_students

        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.value

        cohorts = self.cohorts

        courses = self.courses

        identifiers = self.identifiers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auto_enroll is not UNSET:
            field_dict["auto_enroll"] = auto_enroll
        if email_students is not UNSET:
            field_dict["email_students"] = email_students
        if action is not UNSET:
            field_dict["action"] = action
        if cohorts is not UNSET:
            field_dict["cohorts"] = cohorts
        if courses is not UNSET:
            field_dict["courses"] = courses
        if identifiers is not UNSET:
            field_dict["identifiers"] = identifiers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        auto_enroll = d.pop("auto_enroll", UNSET)

        email_students = d.pop("email_students", UNSET)

        _action = d.pop("action", UNSET)
        action: BulkEnrollRequestAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = BulkEnrollRequestAction(_action)

        cohorts = d.pop("cohorts", UNSET)

        courses = d.pop("courses", UNSET)

        identifiers = d.pop("identifiers", UNSET)

        bulk_enroll_request = cls(
            auto_enroll=auto_enroll,
            email_students=email_students,
            action=action,
            cohorts=cohorts,
            courses=courses,
            identifiers=identifiers,
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
