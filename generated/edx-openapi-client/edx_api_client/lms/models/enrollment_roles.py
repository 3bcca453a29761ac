from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.enrollment_role import EnrollmentRole


T = TypeVar("T", bound="EnrollmentRoles")


@_attrs_define
class EnrollmentRoles:
    """The caller's course roles and whether the caller is global staff.

    Attributes:
        roles (list[EnrollmentRole]): The roles, limited to the course given in `course_id` when one is.
        is_staff (bool): Whether the caller is global staff.
    """

    roles: list[EnrollmentRole]
    is_staff: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        roles = []
        for roles_item_data in self.roles:
            roles_item = roles_item_data.to_dict()
            roles.append(roles_item)

        is_staff = self.is_staff

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "roles": roles,
                "is_staff": is_staff,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.enrollment_role import EnrollmentRole

        d = dict(src_dict)
        roles = []
        _roles = d.pop("roles")
        for roles_item_data in _roles:
            roles_item = EnrollmentRole.from_dict(roles_item_data)

            roles.append(roles_item)

        is_staff = d.pop("is_staff")
        if not (isinstance(is_staff, bool)):
            raise TypeError(
                f"is_staff: expected a boolean, got {type(is_staff).__name__}"
            )

        enrollment_roles = cls(
            roles=roles,
            is_staff=is_staff,
        )

        enrollment_roles.additional_properties = d
        return enrollment_roles

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
