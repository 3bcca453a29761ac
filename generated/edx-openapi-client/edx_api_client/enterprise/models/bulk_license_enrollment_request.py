from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BulkLicenseEnrollmentRequest")


@_attrs_define
class BulkLicenseEnrollmentRequest:
    """The learners, the courses and whether to notify the learners.

    Attributes:
        emails (list[str]): The email addresses of the learners to enroll in every listed course. The number of
            addresses times the number of course keys may not exceed the service's limit (500 by default); more is refused
            with 400.
        course_run_keys (list[str]): The keys of the courses to enroll the learners in.
        notify (bool): Whether the learners are told about their enrollments.
    """

    emails: list[str]
    course_run_keys: list[str]
    notify: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        emails = self.emails

        course_run_keys = self.course_run_keys

        notify = self.notify

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "emails": emails,
                "course_run_keys": course_run_keys,
                "notify": notify,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        emails = cast(list[str], d.pop("emails"))

        course_run_keys = cast(list[str], d.pop("course_run_keys"))

        notify = d.pop("notify")
        if not (isinstance(notify, bool)):
            raise TypeError(f"notify: expected a boolean, got {type(notify).__name__}")

        bulk_license_enrollment_request = cls(
            emails=emails,
            course_run_keys=course_run_keys,
            notify=notify,
        )

        bulk_license_enrollment_request.additional_properties = d
        return bulk_license_enrollment_request

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
