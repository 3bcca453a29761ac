from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EnrollmentRecord")


@_attrs_define
class EnrollmentRecord:
    """One course enrollment of one user.

    Attributes:
        course_id (str): The identifier of the course the enrollment is in.
        user (str | Unset): The username of the enrolled user.
        mode (str | Unset): The enrollment's course mode.
        is_active (bool | Unset): Whether the enrollment is active.
        created (str | Unset): When the enrollment was created.
    """

    course_id: str
    user: str | Unset = UNSET
    mode: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    created: str | Unset = UNSET
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
            }
        )
        if user is not UNSET:
            field_dict["user"] = user
        if mode is not UNSET:
            field_dict["mode"] = mode
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if created is not UNSET:
            field_dict["created"] = created

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        course_id = d.pop("course_id")

        user = d.pop("user", UNSET)

        mode = d.pop("mode", UNSET)

        is_active = d.pop("is_active", UNSET)

        created = d.pop("created", UNSET)

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
