from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.license_revocation_original_status import LicenseRevocationOriginalStatus

T = TypeVar("T", bound="LicenseRevocation")


@_attrs_define
class LicenseRevocation:
    """A license that was revoked.

    Attributes:
        license_uuid (UUID): The revoked license.
        original_status (LicenseRevocationOriginalStatus): The license's status before it was revoked (only assigned and
            activated licenses are revoked).
        user_email (str): The learner's email address.
    """

    license_uuid: UUID
    original_status: LicenseRevocationOriginalStatus
    user_email: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        license_uuid = str(self.license_uuid)

        original_status = self.original_status.value

        user_email = self.user_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "license_uuid": license_uuid,
                "original_status": original_status,
                "user_email": user_email,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        license_uuid = UUID(d.pop("license_uuid"))

        original_status = LicenseRevocationOriginalStatus(d.pop("original_status"))

        user_email = d.pop("user_email")

        license_revocation = cls(
            license_uuid=license_uuid,
            original_status=original_status,
            user_email=user_email,
        )

        license_revocation.additional_properties = d
        return license_revocation

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
