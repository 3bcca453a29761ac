from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AgreementsIntegritySignature")


@_attrs_define
class AgreementsIntegritySignature:
    """A user's signature of a course's integrity agreement.

    Attributes:
        username (str): The username of the user who signed.
        course_id (str): The identifier of the course whose agreement was signed.
        created_at (datetime.datetime): When the agreement was signed, an ISO 8601 timestamp.
    """

    username: str
    course_id: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        course_id = self.course_id

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "course_id": course_id,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        username = d.pop("username")

        course_id = d.pop("course_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        agreements_integrity_signature = cls(
            username=username,
            course_id=course_id,
            created_at=created_at,
        )

        agreements_integrity_signature.additional_properties = d
        return agreements_integrity_signature

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
