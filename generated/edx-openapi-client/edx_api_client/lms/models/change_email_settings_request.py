from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChangeEmailSettingsRequest")


@_attrs_define
class ChangeEmailSettingsRequest:
    """The course and the user's choice, as JSON.

    Attributes:
        course_id (str): The course run key of the course.
        receive_emails (bool | Unset): True to receive the course's emails; false (or leaving it out) opts the user out.
    """

    course_id: str
    receive_emails: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_id = self.course_id

        receive_emails = self.receive_emails

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_id": course_id,
            }
        )
        if receive_emails is not UNSET:
            field_dict["receive_emails"] = receive_emails

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        course_id = d.pop("course_id")

        receive_emails = d.pop("receive_emails", UNSET)
        if not isinstance(receive_emails, Unset) and not (
            isinstance(receive_emails, bool)
        ):
            raise TypeError(
                f"receive_emails: expected a boolean, got {type(receive_emails).__name__}"
            )

        change_email_settings_request = cls(
            course_id=course_id,
            receive_emails=receive_emails,
        )

        change_email_settings_request.additional_properties = d
        return change_email_settings_request

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
