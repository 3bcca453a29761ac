from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.team_topic_type import TeamTopicType

T = TypeVar("T", bound="TeamTopic")


@_attrs_define
class TeamTopic:
    """A topic (teamset) of a course run: the course's teams configuration of it and the number of its teams the caller may
    see.

        Attributes:
            id (str): The topic's identifier.
            name (str): The topic's name (its identifier when it has none).
            description (str): What the topic is about; empty when not set.
            type_ (TeamTopicType): Who manages the topic's teams: `open` lets learners create, join and leave teams; in the
                managed kinds the course staff assign the members, and `private_managed` teams are only seen by their members.
            max_team_size (int | None): The most members a team of the topic may have; null when the topic sets none.
            team_count (int): How many teams of the topic the caller may see.
    """

    id: str
    name: str
    description: str
    type_: TeamTopicType
    max_team_size: int | None
    team_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        type_ = self.type_.value

        max_team_size: int | None
        max_team_size = self.max_team_size

        team_count = self.team_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "type": type_,
                "max_team_size": max_team_size,
                "team_count": team_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        description = d.pop("description")

        type_ = TeamTopicType(d.pop("type"))

        def _parse_max_team_size(data: object) -> int | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                max_team_size_type_0 = data
                if not (
                    isinstance(max_team_size_type_0, int)
                    and not isinstance(max_team_size_type_0, bool)
                ):
                    raise TypeError(
                        f"max_team_size_type_0: expected an integer, got {type(max_team_size_type_0).__name__}"
                    )

                return max_team_size_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None, data)

        max_team_size = _parse_max_team_size(d.pop("max_team_size"))

        team_count = d.pop("team_count")
        if not (isinstance(team_count, int) and not isinstance(team_count, bool)):
            raise TypeError(
                f"team_count: expected an integer, got {type(team_count).__name__}"
            )

        team_topic = cls(
            id=id,
            name=name,
            description=description,
            type_=type_,
            max_team_size=max_team_size,
            team_count=team_count,
        )

        team_topic.additional_properties = d
        return team_topic

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
