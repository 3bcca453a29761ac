from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TeamCreateRequest")


@_attrs_define
class TeamCreateRequest:
    """A new team: its course run, topic, name and description (all required), and optionally its country, language and
    organization protection.

        Attributes:
            course_id (str): The course run of the team.
            topic_id (str): The topic (teamset) of the course the team belongs to.
            name (str): The team's name; not blank.
            description (str): What the team is about; not blank.
            country (str | Unset): The two-letter (upper-case ISO 3166-1) code of the team's country, or empty; other values
                are refused.
            language (str | Unset): The ISO 639-1 code of the team's language, or empty.
            organization_protected (bool | Unset): Whether the team is for organization learners; the platform sets it from
                the creator's own enrollment unless the creator is exempt from that protection.
    """

    course_id: str
    topic_id: str
    name: str
    description: str
    country: str | Unset = UNSET
    language: str | Unset = UNSET
    organization_protected: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_id = self.course_id

        topic_id = self.topic_id

        name = self.name

        description = self.description

        country = self.country

        language = self.language

        organization_protected = self.organization_protected

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_id": course_id,
                "topic_id": topic_id,
                "name": name,
                "description": description,
            }
        )
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
        course_id = d.pop("course_id")

        topic_id = d.pop("topic_id")

        name = d.pop("name")

        description = d.pop("description")

        country = d.pop("country", UNSET)

        language = d.pop("language", UNSET)

        organization_protected = d.pop("organization_protected", UNSET)
        if not isinstance(organization_protected, Unset) and not (
            isinstance(organization_protected, bool)
        ):
            raise TypeError(
                f"organization_protected: expected a boolean, got {type(organization_protected).__name__}"
            )

        team_create_request = cls(
            course_id=course_id,
            topic_id=topic_id,
            name=name,
            description=description,
            country=country,
            language=language,
            organization_protected=organization_protected,
        )

        team_create_request.additional_properties = d
        return team_create_request

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
