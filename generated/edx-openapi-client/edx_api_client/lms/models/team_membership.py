from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.team_reference import TeamReference
    from ..models.team_user_reference import TeamUserReference
    from ..models.team_without_membership import TeamWithoutMembership


T = TypeVar("T", bound="TeamMembership")


@_attrs_define
class TeamMembership:
    """A user's membership in a team.

    Attributes:
        user (TeamUserReference): A user: by default the username and the URL of the user's account; with `expand=user`,
            the account's fields that others may see, which include these two.
        team (TeamReference | TeamWithoutMembership): The team: its identifier and URL, or the whole team without its
            members when `expand=team` is asked.
        date_joined (datetime.datetime): When the user joined the team.
        last_activity_at (datetime.datetime): When the user was last active in the team's discussions.
    """

    user: TeamUserReference
    team: TeamReference | TeamWithoutMembership
    date_joined: datetime.datetime
    last_activity_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.team_reference import TeamReference

        user = self.user.to_dict()

        team: dict[str, Any]
        if isinstance(self.team, TeamReference):
            team = self.team.to_dict()
        else:
            team = self.team.to_dict()

        date_joined = self.date_joined.isoformat()

        last_activity_at = self.last_activity_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user": user,
                "team": team,
                "date_joined": date_joined,
                "last_activity_at": last_activity_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.team_reference import TeamReference
        from ..models.team_user_reference import TeamUserReference
        from ..models.team_without_membership import TeamWithoutMembership

        d = dict(src_dict)
        user = TeamUserReference.from_dict(d.pop("user"))

        def _parse_team(data: object) -> TeamReference | TeamWithoutMembership:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                team_type_0 = TeamReference.from_dict(data)

                return team_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError(
                    f"team: expected dict[str, Any], got {type(data).__name__}"
                )
            team_type_1 = TeamWithoutMembership.from_dict(data)

            return team_type_1

        team = _parse_team(d.pop("team"))

        date_joined = datetime.datetime.fromisoformat(d.pop("date_joined"))

        last_activity_at = datetime.datetime.fromisoformat(d.pop("last_activity_at"))

        team_membership = cls(
            user=user,
            team=team,
            date_joined=date_joined,
            last_activity_at=last_activity_at,
        )

        team_membership.additional_properties = d
        return team_membership

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
