from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.license_bulk_revoke_filter_name import LicenseBulkRevokeFilterName
from ..models.license_status import LicenseStatus

T = TypeVar("T", bound="LicenseBulkRevokeFilter")


@_attrs_define
class LicenseBulkRevokeFilter:
    """One revocation criterion: either a user email value to look licenses up by, or a list of license statuses (see
    LicenseStatus).

        Attributes:
            name (LicenseBulkRevokeFilterName): The criterion: user_email (a part of the learner's address, case-
                insensitive) or status_in (a list of license statuses).
            filter_value (list[LicenseStatus] | str): A string for user_email, a list of license statuses for status_in.
    """

    name: LicenseBulkRevokeFilterName
    filter_value: list[LicenseStatus] | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name.value

        filter_value: list[str] | str
        if isinstance(self.filter_value, list):
            filter_value = []
            for filter_value_type_1_item_data in self.filter_value:
                filter_value_type_1_item = filter_value_type_1_item_data.value
                filter_value.append(filter_value_type_1_item)

        else:
            filter_value = self.filter_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "filter_value": filter_value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = LicenseBulkRevokeFilterName(d.pop("name"))

        def _parse_filter_value(data: object) -> list[LicenseStatus] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                filter_value_type_1 = []
                _filter_value_type_1 = data
                for filter_value_type_1_item_data in _filter_value_type_1:
                    filter_value_type_1_item = LicenseStatus(
                        filter_value_type_1_item_data
                    )

                    filter_value_type_1.append(filter_value_type_1_item)

                return filter_value_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LicenseStatus] | str, data)

        filter_value = _parse_filter_value(d.pop("filter_value"))

        license_bulk_revoke_filter = cls(
            name=name,
            filter_value=filter_value,
        )

        license_bulk_revoke_filter.additional_properties = d
        return license_bulk_revoke_filter

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
