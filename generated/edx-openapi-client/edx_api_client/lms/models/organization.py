from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Organization")


@_attrs_define
class Organization:
    """An organization that runs courses.

    Attributes:
        name (str): The organization's name.
        short_name (str): The organization's unique short identifier, without spaces or special characters other than
            period (.), hyphen (-) and underscore (_).
        active (bool | Unset): Whether the organization is active. It cannot be set through the API: PUT always leaves
            the organization active.
        created (datetime.datetime | Unset): When the organization was created.
        description (None | str | Unset): A description of the organization.
        id (int | Unset): The organization's numeric identifier.
        logo (None | str | Unset): The URL of the organization's logo, shown on certificates (a .PNG file), or null when
            it has none.
        logo_url (str | Unset): A URL the server downloads the organization's logo from when creating or updating it;
            never returned.
        modified (datetime.datetime | Unset): When the organization was last changed.
    """

    name: str
    short_name: str
    active: bool | Unset = UNSET
    created: datetime.datetime | Unset = UNSET
    description: None | str | Unset = UNSET
    id: int | Unset = UNSET
    logo: None | str | Unset = UNSET
    logo_url: str | Unset = UNSET
    modified: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        short_name = self.short_name

        active = self.active

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        id = self.id

        logo: None | str | Unset
        if isinstance(self.logo, Unset):
            logo = UNSET
        else:
            logo = self.logo

        logo_url = self.logo_url

        modified: str | Unset = UNSET
        if not isinstance(self.modified, Unset):
            modified = self.modified.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "short_name": short_name,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active
        if created is not UNSET:
            field_dict["created"] = created
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if logo is not UNSET:
            field_dict["logo"] = logo
        if logo_url is not UNSET:
            field_dict["logo_url"] = logo_url
        if modified is not UNSET:
            field_dict["modified"] = modified

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        short_name = d.pop("short_name")

        active = d.pop("active", UNSET)
        if not isinstance(active, Unset) and not (isinstance(active, bool)):
            raise TypeError(f"active: expected a boolean, got {type(active).__name__}")

        _created = d.pop("created", UNSET)
        created: datetime.datetime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = datetime.datetime.fromisoformat(_created)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        id = d.pop("id", UNSET)
        if not isinstance(id, Unset) and not (
            isinstance(id, int) and not isinstance(id, bool)
        ):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        def _parse_logo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logo = _parse_logo(d.pop("logo", UNSET))

        logo_url = d.pop("logo_url", UNSET)

        _modified = d.pop("modified", UNSET)
        modified: datetime.datetime | Unset
        if isinstance(_modified, Unset):
            modified = UNSET
        else:
            modified = datetime.datetime.fromisoformat(_modified)

        organization = cls(
            name=name,
            short_name=short_name,
            active=active,
            created=created,
            description=description,
            id=id,
            logo=logo,
            logo_url=logo_url,
            modified=modified,
        )

        organization.additional_properties = d
        return organization

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
