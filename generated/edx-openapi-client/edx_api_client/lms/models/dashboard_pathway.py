from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DashboardPathway")


@_attrs_define
class DashboardPathway:
    """A pathway that continues a program towards industry or academic credit.

    Attributes:
        id (int | Unset): The pathway's identifier.
        uuid (UUID | Unset): The pathway's UUID.
        name (str | Unset): The pathway's name.
        org_name (str | Unset): The name of the organization offering the pathway.
        email (str | Unset): The contact address of the pathway.
        description (str | Unset): What the pathway offers.
        destination_url (str | Unset): Where the pathway leads.
        pathway_type (str | Unset): The kind of pathway (industry or credit).
        program_uuids (list[UUID] | Unset): The programs the pathway continues.
    """

    id: int | Unset = UNSET
    uuid: UUID | Unset = UNSET
    name: str | Unset = UNSET
    org_name: str | Unset = UNSET
    email: str | Unset = UNSET
    description: str | Unset = UNSET
    destination_url: str | Unset = UNSET
    pathway_type: str | Unset = UNSET
    program_uuids: list[UUID] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid)

        name = self.name

        org_name = self.org_name

        email = self.email

        description = self.description

        destination_url = self.destination_url

        pathway_type = self.pathway_type

        program_uuids: list[str] | Unset = UNSET
        if not isinstance(self.program_uuids, Unset):
            program_uuids = []
            for program_uuids_item_data in self.program_uuids:
                program_uuids_item = str(program_uuids_item_data)
                program_uuids.append(program_uuids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if name is not UNSET:
            field_dict["name"] = name
        if org_name is not UNSET:
            field_dict["org_name"] = org_name
        if email is not UNSET:
            field_dict["email"] = email
        if description is not UNSET:
            field_dict["description"] = description
        if destination_url is not UNSET:
            field_dict["destination_url"] = destination_url
        if pathway_type is not UNSET:
            field_dict["pathway_type"] = pathway_type
        if program_uuids is not UNSET:
            field_dict["program_uuids"] = program_uuids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if not isinstance(id, Unset) and not (
            isinstance(id, int) and not isinstance(id, bool)
        ):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        _uuid = d.pop("uuid", UNSET)
        uuid: UUID | Unset
        if isinstance(_uuid, Unset):
            uuid = UNSET
        else:
            uuid = UUID(_uuid)

        name = d.pop("name", UNSET)

        org_name = d.pop("org_name", UNSET)

        email = d.pop("email", UNSET)

        description = d.pop("description", UNSET)

        destination_url = d.pop("destination_url", UNSET)

        pathway_type = d.pop("pathway_type", UNSET)

        _program_uuids = d.pop("program_uuids", UNSET)
        program_uuids: list[UUID] | Unset = UNSET
        if _program_uuids is not UNSET:
            program_uuids = []
            for program_uuids_item_data in _program_uuids:
                program_uuids_item = UUID(program_uuids_item_data)

                program_uuids.append(program_uuids_item)

        dashboard_pathway = cls(
            id=id,
            uuid=uuid,
            name=name,
            org_name=org_name,
            email=email,
            description=description,
            destination_url=destination_url,
            pathway_type=pathway_type,
            program_uuids=program_uuids,
        )

        dashboard_pathway.additional_properties = d
        return dashboard_pathway

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
