from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="TeamReference")


@_attrs_define
class TeamReference:
    """A team given by its identifier and URL, as a membership shows it by default.

    Attributes:
        team_id (str): The team's identifier.
        url (str): The URL of the team in this API.
    """

    team_id: str
    url: str

    def to_dict(self) -> dict[str, Any]:
        team_id = self.team_id

        url = self.url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "team_id": team_id,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        team_id = d.pop("team_id")

        url = d.pop("url")

        team_reference = cls(
            team_id=team_id,
            url=url,
        )

        return team_reference
