from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.license_assignment import LicenseAssignment


T = TypeVar("T", bound="LicenseAssignResponse")


@_attrs_define
class LicenseAssignResponse:
    """The outcome of a license assignment.

    Attributes:
        num_successful_assignments (int): How many of the given users were assigned a license.
        num_already_associated (int): How many of the given users already held a non-revoked license of the plan.
        license_assignments (list[LicenseAssignment]): One entry per successful assignment, pairing the user's email
            with the license.
    """

    num_successful_assignments: int
    num_already_associated: int
    license_assignments: list[LicenseAssignment]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        num_successful_assignments = self.num_successful_assignments

        num_already_associated = self.num_already_associated

        license_assignments = []
        for license_assignments_item_data in self.license_assignments:
            license_assignments_item = license_assignments_item_data.to_dict()
            license_assignments.append(license_assignments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "num_successful_assignments": num_successful_assignments,
                "num_already_associated": num_already_associated,
                "license_assignments": license_assignments,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.license_assignment import LicenseAssignment

        d = dict(src_dict)
        num_successful_assignments = d.pop("num_successful_assignments")
        if not (
            isinstance(num_successful_assignments, int)
            and not isinstance(num_successful_assignments, bool)
        ):
            raise TypeError(
                f"num_successful_assignments: expected an integer, got {type(num_successful_assignments).__name__}"
            )

        num_already_associated = d.pop("num_already_associated")
        if not (
            isinstance(num_already_associated, int)
            and not isinstance(num_already_associated, bool)
        ):
            raise TypeError(
                f"num_already_associated: expected an integer, got {type(num_already_associated).__name__}"
            )

        license_assignments = []
        _license_assignments = d.pop("license_assignments")
        for license_assignments_item_data in _license_assignments:
            license_assignments_item = LicenseAssignment.from_dict(
                license_assignments_item_data
            )

            license_assignments.append(license_assignments_item)

        license_assign_response = cls(
            num_successful_assignments=num_successful_assignments,
            num_already_associated=num_already_associated,
            license_assignments=license_assignments,
        )

        license_assign_response.additional_properties = d
        return license_assign_response

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
