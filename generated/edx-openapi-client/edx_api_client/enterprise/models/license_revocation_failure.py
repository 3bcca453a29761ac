from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.license_revocation_failure_error_response_status import (
    LicenseRevocationFailureErrorResponseStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="LicenseRevocationFailure")


@_attrs_define
class LicenseRevocationFailure:
    """A revocation that failed, or (alone in the list, without the other members) the reason the whole request was
    refused.

        Attributes:
            error (str): What went wrong.
            error_response_status (LicenseRevocationFailureErrorResponseStatus | Unset): The status the failure stands for:
                404 when the address has no assigned or activated license in the plan, 400 when the revocation itself failed.
            user_email (str | Unset): The address whose license could not be revoked.
    """

    error: str
    error_response_status: LicenseRevocationFailureErrorResponseStatus | Unset = UNSET
    user_email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        error_response_status: int | Unset = UNSET
        if not isinstance(self.error_response_status, Unset):
            error_response_status = self.error_response_status.value

        user_email = self.user_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )
        if error_response_status is not UNSET:
            field_dict["error_response_status"] = error_response_status
        if user_email is not UNSET:
            field_dict["user_email"] = user_email

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        error = d.pop("error")

        _error_response_status = d.pop("error_response_status", UNSET)
        error_response_status: LicenseRevocationFailureErrorResponseStatus | Unset
        if isinstance(_error_response_status, Unset):
            error_response_status = UNSET
        else:
            error_response_status = LicenseRevocationFailureErrorResponseStatus(
                _error_response_status
            )

        user_email = d.pop("user_email", UNSET)

        license_revocation_failure = cls(
            error=error,
            error_response_status=error_response_status,
            user_email=user_email,
        )

        license_revocation_failure.additional_properties = d
        return license_revocation_failure

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
