from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.license_revocation_failure import LicenseRevocationFailure


T = TypeVar("T", bound="LicenseBulkRevokeFailure")


@_attrs_define
class LicenseBulkRevokeFailure:
    """The body of a refused bulk revocation: the failed revocations, or a single entry giving the reason (unknown plan,
    revocation cap reached). A body the request validation refuses names the invalid fields instead.

        Attributes:
            unsuccessful_revocations (list[LicenseRevocationFailure] | Unset):
    """

    unsuccessful_revocations: list[LicenseRevocationFailure] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unsuccessful_revocations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.unsuccessful_revocations, Unset):
            unsuccessful_revocations = []
            for unsuccessful_revocations_item_data in self.unsuccessful_revocations:
                unsuccessful_revocations_item = (
                    unsuccessful_revocations_item_data.to_dict()
                )
                unsuccessful_revocations.append(unsuccessful_revocations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if unsuccessful_revocations is not UNSET:
            field_dict["unsuccessful_revocations"] = unsuccessful_revocations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.license_revocation_failure import LicenseRevocationFailure

        d = dict(src_dict)
        _unsuccessful_revocations = d.pop("unsuccessful_revocations", UNSET)
        unsuccessful_revocations: list[LicenseRevocationFailure] | Unset = UNSET
        if _unsuccessful_revocations is not UNSET:
            unsuccessful_revocations = []
            for unsuccessful_revocations_item_data in _unsuccessful_revocations:
                unsuccessful_revocations_item = LicenseRevocationFailure.from_dict(
                    unsuccessful_revocations_item_data
                )

                unsuccessful_revocations.append(unsuccessful_revocations_item)

        license_bulk_revoke_failure = cls(
            unsuccessful_revocations=unsuccessful_revocations,
        )

        license_bulk_revoke_failure.additional_properties = d
        return license_bulk_revoke_failure

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
