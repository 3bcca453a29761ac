from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProgramDegreeAdditionalMetadata")


@_attrs_define
class ProgramDegreeAdditionalMetadata:
    """Metadata of a degree at its external partner.

    Attributes:
        external_identifier (str): The identifier of the degree in the partner's system.
        external_url (str): The URL of the degree's request-information page at the partner.
        organic_url (str): The URL of the degree's page at the partner.
    """

    external_identifier: str
    external_url: str
    organic_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_identifier = self.external_identifier

        external_url = self.external_url

        organic_url = self.organic_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "external_identifier": external_identifier,
                "external_url": external_url,
                "organic_url": organic_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        external_identifier = d.pop("external_identifier")

        external_url = d.pop("external_url")

        organic_url = d.pop("organic_url")

        program_degree_additional_metadata = cls(
            external_identifier=external_identifier,
            external_url=external_url,
            organic_url=organic_url,
        )

        program_degree_additional_metadata.additional_properties = d
        return program_degree_additional_metadata

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
