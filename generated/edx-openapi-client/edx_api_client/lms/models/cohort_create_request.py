from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cohort_create_request_assignment_type import (
    CohortCreateRequestAssignmentType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CohortCreateRequest")


@_attrs_define
class CohortCreateRequest:
    """A new cohort. A `group_id` links the cohort to that content group and then needs the `user_partition_id` of its
    configuration (400 otherwise).

        Attributes:
            name (str): The cohort's name; another cohort of the course may not have it.
            assignment_type (CohortCreateRequestAssignmentType): How learners join the cohort.
            user_partition_id (int | Unset): The content group configuration that holds `group_id`.
            group_id (int | Unset): The content group to link the cohort to.
    """

    name: str
    assignment_type: CohortCreateRequestAssignmentType
    user_partition_id: int | Unset = UNSET
    group_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        assignment_type = self.assignment_type.value

        user_partition_id = self.user_partition_id

        group_id = self.group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "assignment_type": assignment_type,
            }
        )
        if user_partition_id is not UNSET:
            field_dict["user_partition_id"] = user_partition_id
        if group_id is not UNSET:
            field_dict["group_id"] = group_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        assignment_type = CohortCreateRequestAssignmentType(d.pop("assignment_type"))

        user_partition_id = d.pop("user_partition_id", UNSET)
        if not isinstance(user_partition_id, Unset) and not (
            isinstance(user_partition_id, int)
            and not isinstance(user_partition_id, bool)
        ):
            raise TypeError(
                f"user_partition_id: expected an integer, got {type(user_partition_id).__name__}"
            )

        group_id = d.pop("group_id", UNSET)
        if not isinstance(group_id, Unset) and not (
            isinstance(group_id, int) and not isinstance(group_id, bool)
        ):
            raise TypeError(
                f"group_id: expected an integer, got {type(group_id).__name__}"
            )

        cohort_create_request = cls(
            name=name,
            assignment_type=assignment_type,
            user_partition_id=user_partition_id,
            group_id=group_id,
        )

        cohort_create_request.additional_properties = d
        return cohort_create_request

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
