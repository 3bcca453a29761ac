from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EnrollmentRole")


@_attrs_define
class EnrollmentRole:
    """One role the caller holds.

    Attributes:
        org (str): The organization the role belongs to.
        course_id (str): The course run key the role is held in.
        role (str): The role's name (`staff`, `instructor`, `beta_testers`, ...).
    """

    org: str
    course_id: str
    role: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        org = self.org

        course_id = self.course_id

        role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "org": org,
                "course_id": course_id,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        org = d.pop("org")

        course_id = d.pop("course_id")

        role = d.pop("role")

        enrollment_role = cls(
            org=org,
            course_id=course_id,
            role=role,
        )

        enrollment_role.additional_properties = d
        return enrollment_role

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
