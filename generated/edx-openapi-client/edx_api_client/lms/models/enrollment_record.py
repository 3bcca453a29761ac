from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EnrollmentRecord")


@_attrs_define
class EnrollmentRecord:
    """One course enrollment of one user.

    Attributes:
        course_id (str): The identifier of the course the enrollment is in.
        user (str): The username of the enrolled user.
        mode (str): The enrollment's course mode.
        is_active (bool): Whether the enrollment is active.
        created (str): When the enrollment was created.
    """

    course_id: str
    user: str
    mode: str
    is_active: bool
    created: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_id = self.course_id

        user = self.user

        mode = self.mode

        is_active = self.is_active

        created = self.created

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_id": course_id,
                "user": user,
                "mode": mode,
                "is_active": is_active,
                "created": created,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        course_id = d.pop("course_id")

        user = d.pop("user")

        mode = d.pop("mode")

        is_active = d.pop("is_active")
        if not (isinstance(is_active, bool)):
            raise TypeError(
                f"is_active: expected a boolean, got {type(is_active).__name__}"
            )

        created = d.pop("created")

        enrollment_record = cls(
            course_id=course_id,
            user=user,
            mode=mode,
            is_active=is_active,
            created=created,
        )

        enrollment_record.additional_properties = d
        return enrollment_record

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
