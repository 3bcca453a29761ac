from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.license_bulk_revoke_filter import LicenseBulkRevokeFilter


T = TypeVar("T", bound="LicenseBulkRevokeRequest")


@_attrs_define
class LicenseBulkRevokeRequest:
    """Which licenses to revoke. Send either `user_emails` or `filters`, not both.

    Attributes:
        user_emails (list[str] | Unset): The email addresses whose licenses are revoked.
        filters (list[LicenseBulkRevokeFilter] | Unset): Criteria that select the licenses to revoke; each entry holds
            either a user email value to look up or a list of license statuses.
    """

    user_emails: list[str] | Unset = UNSET
    filters: list[LicenseBulkRevokeFilter] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        user_emails: list[str] | Unset = UNSET
        if not isinstance(self.user_emails, Unset):
            user_emails = self.user_emails

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if user_emails is not UNSET:
            field_dict["user_emails"] = user_emails
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.license_bulk_revoke_filter import LicenseBulkRevokeFilter

        d = dict(src_dict)
        user_emails = cast(list[str], d.pop("user_emails", UNSET))

        _filters = d.pop("filters", UNSET)
        filters: list[LicenseBulkRevokeFilter] | Unset = UNSET
        if _filters is not UNSET:
            filters = []
            for filters_item_data in _filters:
                filters_item = LicenseBulkRevokeFilter.from_dict(filters_item_data)

                filters.append(filters_item)

        license_bulk_revoke_request = cls(
            user_emails=user_emails,
            filters=filters,
        )

        return license_bulk_revoke_request
