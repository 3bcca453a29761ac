from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.license_revocation import LicenseRevocation
    from ..models.license_revocation_failure import LicenseRevocationFailure


T = TypeVar("T", bound="LicenseBulkRevokeResult")


@_attrs_define
class LicenseBulkRevokeResult:
    """The revocations made and the ones that failed.

    Attributes:
        successful_revocations (list[LicenseRevocation]): One entry per license revoked.
        unsuccessful_revocations (list[LicenseRevocationFailure]): One entry per address whose license could not be
            revoked.
    """

    successful_revocations: list[LicenseRevocation]
    unsuccessful_revocations: list[LicenseRevocationFailure]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        successful_revocations = []
        for successful_revocations_item_data in self.successful_revocations:
            successful_revocations_item = successful_revocations_item_data.to_dict()
            successful_revocations.append(successful_revocations_item)

        unsuccessful_revocations = []
        for unsuccessful_revocations_item_data in self.unsuccessful_revocations:
            unsuccessful_revocations_item = unsuccessful_revocations_item_data.to_dict()
            unsuccessful_revocations.append(unsuccessful_revocations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "successful_revocations": successful_revocations,
                "unsuccessful_revocations": unsuccessful_revocations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.license_revocation import LicenseRevocation
        from ..models.license_revocation_failure import LicenseRevocationFailure

        d = dict(src_dict)
        successful_revocations = []
        _successful_revocations = d.pop("successful_revocations")
        for successful_revocations_item_data in _successful_revocations:
            successful_revocations_item = LicenseRevocation.from_dict(
                successful_revocations_item_data
            )

            successful_revocations.append(successful_revocations_item)

        unsuccessful_revocations = []
        _unsuccessful_revocations = d.pop("unsuccessful_revocations")
        for unsuccessful_revocations_item_data in _unsuccessful_revocations:
            unsuccessful_revocations_item = LicenseRevocationFailure.from_dict(
                unsuccessful_revocations_item_data
            )

            unsuccessful_revocations.append(unsuccessful_revocations_item)

        license_bulk_revoke_result = cls(
            successful_revocations=successful_revocations,
            unsuccessful_revocations=unsuccessful_revocations,
        )

        license_bulk_revoke_result.additional_properties = d
        return license_bulk_revoke_result

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
