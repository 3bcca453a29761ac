from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.enrollment_course_details import EnrollmentCourseDetails


T = TypeVar("T", bound="EnrollmentErrorMessage")


@_attrs_define
class EnrollmentErrorMessage:
    """The enrollment views' error body: a `message`, with a `localizedMessage` when the enrollment is refused or an
    attribute is invalid, and the course's enrollment information when the requested mode is unavailable.

        Attributes:
            message (str | Unset): What went wrong.
            localized_message (str | Unset): The same message, for display.
            course_details (EnrollmentCourseDetails | Unset): A course's enrollment information: its schedule, whether it is
                invitation-only, its pacing and its enrollment modes.
            detail (str | Unset): The error message of the framework's own refusals (and of the fake).
    """

    message: str | Unset = UNSET
    localized_message: str | Unset = UNSET
    course_details: EnrollmentCourseDetails | Unset = UNSET
    detail: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        localized_message = self.localized_message

        course_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.course_details, Unset):
            course_details = self.course_details.to_dict()

        detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if localized_message is not UNSET:
            field_dict["localizedMessage"] = localized_message
        if course_details is not UNSET:
            field_dict["course_details"] = course_details
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.enrollment_course_details import EnrollmentCourseDetails

        d = dict(src_dict)
        message = d.pop("message", UNSET)

        localized_message = d.pop("localizedMessage", UNSET)

        _course_details = d.pop("course_details", UNSET)
        course_details: EnrollmentCourseDetails | Unset
        if isinstance(_course_details, Unset):
            course_details = UNSET
        else:
            course_details = EnrollmentCourseDetails.from_dict(_course_details)

        detail = d.pop("detail", UNSET)

        enrollment_error_message = cls(
            message=message,
            localized_message=localized_message,
            course_details=course_details,
            detail=detail,
        )

        enrollment_error_message.additional_properties = d
        return enrollment_error_message

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
