from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MobileRecordUserActivityRequest")


@_attrs_define
class MobileRecordUserActivityRequest:
    """Whose activity in which course to record.

    Attributes:
        user_id (int): The id of the user who was active (a numeric string is accepted too).
        course_key (str): The key of the course the user was active in.
    """

    user_id: int
    course_key: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        course_key = self.course_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "course_key": course_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_id = d.pop("user_id")
        if not (isinstance(user_id, int) and not isinstance(user_id, bool)):
            raise TypeError(
                f"user_id: expected an integer, got {type(user_id).__name__}"
            )

        course_key = d.pop("course_key")

        mobile_record_user_activity_request = cls(
            user_id=user_id,
            course_key=course_key,
        )

        mobile_record_user_activity_request.additional_properties = d
        return mobile_record_user_activity_request

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
