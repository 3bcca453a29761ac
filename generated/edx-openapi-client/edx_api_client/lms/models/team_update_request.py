from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TeamUpdateRequest")


@_attrs_define
class TeamUpdateRequest:
    """The writable fields of a team, any of them; the identifier, course, creation and activity dates and the members are
    read-only.

        Attributes:
            name (str | Unset): The team's new name; not blank.
            description (str | Unset): The team's new description; not blank.
            topic_id (str | Unset): The topic (teamset) the team belongs to.
            country (str | Unset): The two-letter (upper-case ISO 3166-1) code of the team's country, or empty; other values
                are refused.
            language (str | Unset): The ISO 639-1 code of the team's language, or empty.
            organization_protected (bool | Unset): Whether the team is for organization learners.
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    topic_id: str | Unset = UNSET
    country: str | Unset = UNSET
    language: str | Unset = UNSET
    organization_protected: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        topic_id = self.topic_id

        country = self.country

        language = self.language

        organization_protected = self.organization_protected

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if topic_id is not UNSET:
            field_dict["topic_id"] = topic_id
        if country is not UNSET:
            field_dict["country"] = country
        if language is not UNSET:
            field_dict["language"] = language
        if organization_protected is not UNSET:
            field_dict["organization_protected"] = organization_protected

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        topic_id = d.pop("topic_id", UNSET)

        country = d.pop("country", UNSET)

        language = d.pop("language", UNSET)

        organization_protected = d.pop("organization_protected", UNSET)
        if not isinstance(organization_protected, Unset) and not (
            isinstance(organization_protected, bool)
        ):
            raise TypeError(
                f"organization_protected: expected a boolean, got {type(organization_protected).__name__}"
            )

        team_update_request = cls(
            name=name,
            description=description,
            topic_id=topic_id,
            country=country,
            language=language,
            organization_protected=organization_protected,
        )

        team_update_request.additional_properties = d
        return team_update_request

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
