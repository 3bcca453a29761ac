from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.team_member import TeamMember


T = TypeVar("T", bound="Team")


@_attrs_define
class Team:
    """A team of a course run with its members.

    Attributes:
        id (str): The team's identifier (a slug of its name and a random suffix).
        discussion_topic_id (str): The identifier of the team's discussion topic.
        name (str): The team's name.
        course_id (str): The course run the team belongs to.
        topic_id (str): The topic (teamset) the team belongs to; empty when it has none.
        date_created (datetime.datetime): When the team was created.
        description (str): What the team is about.
        country (str): The two-letter code of the team's country; empty when not set.
        language (str): The ISO 639-1 code of the language the team uses; empty when not set.
        last_activity_at (datetime.datetime): When a member was last active in the team's discussions.
        organization_protected (bool): Whether the team is for learners enrolled through an organization (a degree-
            granting institution), who do not mix with other learners' teams.
        membership (list[TeamMember]): The team's members, each with when they joined and were last active.
    """

    id: str
    discussion_topic_id: str
    name: str
    course_id: str
    topic_id: str
    date_created: datetime.datetime
    description: str
    country: str
    language: str
    last_activity_at: datetime.datetime
    organization_protected: bool
    membership: list[TeamMember]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        discussion_topic_id = self.discussion_topic_id

        name = self.name

        course_id = self.course_id

        topic_id = self.topic_id

        date_created = self.date_created.isoformat()

        description = self.description

        country = self.country

        language = self.language

        last_activity_at = self.last_activity_at.isoformat()

        organization_protected = self.organization_protected

        membership = []
        for membership_item_data in self.membership:
            membership_item = membership_item_data.to_dict()
            membership.append(membership_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "discussion_topic_id": discussion_topic_id,
                "name": name,
                "course_id": course_id,
                "topic_id": topic_id,
                "date_created": date_created,
                "description": description,
                "country": country,
                "language": language,
                "last_activity_at": last_activity_at,
                "organization_protected": organization_protected,
                "membership": membership,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.team_member import TeamMember

        d = dict(src_dict)
        id = d.pop("id")

        discussion_topic_id = d.pop("discussion_topic_id")

        name = d.pop("name")

        course_id = d.pop("course_id")

        topic_id = d.pop("topic_id")

        date_created = datetime.datetime.fromisoformat(d.pop("date_created"))

        description = d.pop("description")

        country = d.pop("country")

        language = d.pop("language")

        last_activity_at = datetime.datetime.fromisoformat(d.pop("last_activity_at"))

        organization_protected = d.pop("organization_protected")
        if not (isinstance(organization_protected, bool)):
            raise TypeError(
                f"organization_protected: expected a boolean, got {type(organization_protected).__name__}"
            )

        membership = []
        _membership = d.pop("membership")
        for membership_item_data in _membership:
            membership_item = TeamMember.from_dict(membership_item_data)

            membership.append(membership_item)

        team = cls(
            id=id,
            discussion_topic_id=discussion_topic_id,
            name=name,
            course_id=course_id,
            topic_id=topic_id,
            date_created=date_created,
            description=description,
            country=country,
            language=language,
            last_activity_at=last_activity_at,
            organization_protected=organization_protected,
            membership=membership,
        )

        team.additional_properties = d
        return team

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
