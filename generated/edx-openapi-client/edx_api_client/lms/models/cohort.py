from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cohort_assignment_type import CohortAssignmentType

T = TypeVar("T", bound="Cohort")


@_attrs_define
class Cohort:
    """A cohort of a course.

    Attributes:
        name (str): The cohort's name, unique within the course.
        id (int): The cohort's identifier.
        user_count (int): How many of the cohort's members are actively enrolled in the course.
        assignment_type (CohortAssignmentType): How learners join the cohort: `random` (learners are assigned to it
            automatically) or `manual` (they are added by staff).
        user_partition_id (int | None): The content group configuration (user partition) the cohort is linked to, or
            null when the cohort is linked to no content group.
        group_id (int | None): The content group the cohort is linked to, or null when it is linked to none.
    """

    name: str
    id: int
    user_count: int
    assignment_type: CohortAssignmentType
    user_partition_id: int | None
    group_id: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id

        user_count = self.user_count

        assignment_type = self.assignment_type.value

        user_partition_id: int | None
        user_partition_id = self.user_partition_id

        group_id: int | None
        group_id = self.group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "id": id,
                "user_count": user_count,
                "assignment_type": assignment_type,
                "user_partition_id": user_partition_id,
                "group_id": group_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        id = d.pop("id")
        if not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        user_count = d.pop("user_count")
        if not (isinstance(user_count, int) and not isinstance(user_count, bool)):
            raise TypeError(
                f"user_count: expected an integer, got {type(user_count).__name__}"
            )

        assignment_type = CohortAssignmentType(d.pop("assignment_type"))

        def _parse_user_partition_id(data: object) -> int | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                user_partition_id_type_0 = data
                if not (
                    isinstance(user_partition_id_type_0, int)
                    and not isinstance(user_partition_id_type_0, bool)
                ):
                    raise TypeError(
                        f"user_partition_id_type_0: expected an integer, got {type(user_partition_id_type_0).__name__}"
                    )

                return user_partition_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None, data)

        user_partition_id = _parse_user_partition_id(d.pop("user_partition_id"))

        def _parse_group_id(data: object) -> int | None:
            if data is None:
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
            return cast(int | None, data)

        group_id = _parse_group_id(d.pop("group_id"))

        cohort = cls(
            name=name,
            id=id,
            user_count=user_count,
            assignment_type=assignment_type,
            user_partition_id=user_partition_id,
            group_id=group_id,
        )

        cohort.additional_properties = d
        return cohort

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
