from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cohort_update_request_assignment_type import (
    CohortUpdateRequestAssignmentType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CohortUpdateRequest")


@_attrs_define
class CohortUpdateRequest:
    """The changes to a cohort: at least one of `name`, `assignment_type` and `group_id`. A `group_id` links the cohort to
    that content group and then needs the `user_partition_id` of its configuration; a null `group_id` unlinks it.

        Attributes:
            name (str | Unset): The cohort's new name.
            assignment_type (CohortUpdateRequestAssignmentType | Unset): The cohort's new assignment type.
            user_partition_id (int | Unset): The content group configuration that holds `group_id`.
            group_id (int | None | Unset): The content group to link the cohort to, or null to unlink it.
    """

    name: str | Unset = UNSET
    assignment_type: CohortUpdateRequestAssignmentType | Unset = UNSET
    user_partition_id: int | Unset = UNSET
    group_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        assignment_type: str | Unset = UNSET
        if not isinstance(self.assignment_type, Unset):
            assignment_type = self.assignment_type.value

        user_partition_id = self.user_partition_id

        group_id: int | None | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if assignment_type is not UNSET:
            field_dict["assignment_type"] = assignment_type
        if user_partition_id is not UNSET:
            field_dict["user_partition_id"] = user_partition_id
        if group_id is not UNSET:
            field_dict["group_id"] = group_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _assignment_type = d.pop("assignment_type", UNSET)
        assignment_type: CohortUpdateRequestAssignmentType | Unset
        if isinstance(_assignment_type, Unset):
            assignment_type = UNSET
        else:
            assignment_type = CohortUpdateRequestAssignmentType(_assignment_type)

        user_partition_id = d.pop("user_partition_id", UNSET)
        if not isinstance(user_partition_id, Unset) and not (
            isinstance(user_partition_id, int)
            and not isinstance(user_partition_id, bool)
        ):
            raise TypeError(
                f"user_partition_id: expected an integer, got {type(user_partition_id).__name__}"
            )

        def _parse_group_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                group_id_type_0 = data
                if not (
                    isinstance(group_id_type_0, int)
                    and not isinstance(group_id_type_0, bool)
                ):
                    raise TypeError(
                        f"group_id_type_0: expected an integer, got {type(group_id_type_0).__name__}"
                    )

                return group_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | Unset, data)

        group_id = _parse_group_id(d.pop("group_id", UNSET))

        cohort_update_request = cls(
            name=name,
            assignment_type=assignment_type,
            user_partition_id=user_partition_id,
            group_id=group_id,
        )

        cohort_update_request.additional_properties = d
        return cohort_update_request

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
