from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DashboardProgramOrganization")


@_attrs_define
class DashboardProgramOrganization:
    """An organization that authors a program.

    Attributes:
        key (str): The organization's key.
        logo_image_url (str): The URL of the organization's logo, as the catalog service gives it.
    """

    key: str
    logo_image_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        logo_image_url = self.logo_image_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "logo_image_url": logo_image_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        key = d.pop("key")

        logo_image_url = d.pop("logo_image_url")

        dashboard_program_organization = cls(
            key=key,
            logo_image_url=logo_image_url,
        )

        dashboard_program_organization.additional_properties = d
        return dashboard_program_organization

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
