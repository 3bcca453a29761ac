"""The teams fake's data (topics, teams, memberships), its seed, and what team.py and
team_membership.py share: JSON shapes, the team access rule and query reading.

See team.py for the rules and their sources.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..calls import Call, Reply, error
from ..state import derived_uuid
from .access import caller, is_course_staff, world_of
from .common import now
from .world import DEMO_COURSE, SEED_TIME, World

# The platform's teamset types: learners create and join teams only in open ones.
OPEN, PUBLIC_MANAGED = "open", "public_managed"


@dataclass
class Topic:
    id: str
    name: str
    description: str
    max_team_size: int | None
    type: str = OPEN


@dataclass
class Membership:
    username: str
    date_joined: str = SEED_TIME
    last_activity_at: str = SEED_TIME


@dataclass
class Team:
    id: str
    discussion_topic_id: str
    name: str
    course_id: str
    topic_id: str
    description: str
    country: str = ""
    language: str = ""
    organization_protected: bool = False
    date_created: str = SEED_TIME
    last_activity_at: str = SEED_TIME
    members: list[Membership] = field(default_factory=list)

    def member(self, username: str) -> Membership | None:
        return next((m for m in self.members if m.username == username), None)


@dataclass
class Store:
    topics: dict[str, dict[str, Topic]] = field(default_factory=dict)  # course id -> topic id ->
    teams: dict[str, Team] = field(default_factory=dict)

    def teams_of(self, course_id: str, topic_id: str | None = None) -> list[Team]:
        return [t for t in self.teams.values()
                if t.course_id == course_id and (topic_id is None or t.topic_id == topic_id)]

    def team_in_topic(self, username: str, course_id: str, topic_id: str) -> Team | None:
        """The user's team in the topic: a user is in at most one team per topic."""
        return next((t for t in self.teams_of(course_id, topic_id) if t.member(username)), None)


SEED_TOPICS = (
    Topic("energy", "Renewable Energy", "Teams that study solar, wind and tidal power.", 5),
    Topic("study-groups", "Study Groups", "Study groups the course team sets up.", 2,
          PUBLIC_MANAGED),
)
SEED_TEAMS = (
    ("Sun Seekers", "energy", "We build a model solar farm.", "US", "en", ("audit", "honor")),
    ("Night Owls", "study-groups", "A late-evening study group.", "", "", ("learner",)),
)


def seed(world: World) -> Store:
    store = Store(topics={DEMO_COURSE: {t.id: t for t in SEED_TOPICS}})
    for name, topic, description, country, language, members in SEED_TEAMS:
        team = new_team(world, DEMO_COURSE, topic, name, description)
        team.country, team.language = country, language
        team.members = [Membership(u) for u in members]
        store.teams[team.id] = team
    return store


def new_team(world: World, course_id: str, topic_id: str, name: str, description: str,
             created: str = SEED_TIME) -> Team:
    # The platform's ids are the slugified name and a uuid4 hex; a derived uuid keeps it stable.
    serial = world.new_id("team")
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:40] or "team"
    token = derived_uuid(course_id, "team", serial).replace("-", "")
    return Team(f"{slug}-{token}", derived_uuid(course_id, "team-discussion", serial).replace("-", ""),
                name, course_id, topic_id, description, date_created=created,
                last_activity_at=created)


def joined(username: str) -> Membership:
    """A membership starting now."""
    stamp = now()
    return Membership(username, stamp, stamp)


def store_of(call: Call) -> Store:
    store: Store = world_of(call).stores["team"]
    return store


def team_or_404(call: Call) -> Team | Reply:
    """The team of the path's `team_id`, or the 404 reply."""
    team = store_of(call).teams.get(call.path["team_id"])
    if team is None:
        return error(404, f"No team {call.path['team_id']}.")
    return team


def has_team_access(call: Call, course_id: str) -> bool:
    """The platform's has_team_api_access: global or course staff, or enrolled in the course."""
    me = caller(call)
    if me is None:
        return False
    return is_course_staff(call, course_id) or world_of(call).enrollment(me.username, course_id) is not None


def forbidden_unless_team_access(call: Call, course_id: str) -> Reply | None:
    if has_team_access(call, course_id):
        return None
    return error(403, f"Only staff and learners of {course_id} may use its teams.")


def user_ref(call: Call, username: str) -> dict[str, Any]:
    """A user as the platform shows it collapsed: the username and the account's URL."""
    return {"username": username, "url": f"{call.origin}/api/user/v1/accounts/{username}"}


def team_ref(call: Call, team: Team) -> dict[str, Any]:
    """A team as a membership shows it collapsed: the team id (named `team_id`) and its URL."""
    return {"team_id": team.id, "url": f"{call.origin}/api/team/v0/teams/{team.id}"}


def team_json(call: Call, team: Team, with_members: bool = True) -> dict[str, Any]:
    """A team; a membership expanding its team (`expand=team`) leaves the members out."""
    body: dict[str, Any] = {
        "id": team.id, "discussion_topic_id": team.discussion_topic_id, "name": team.name,
        "course_id": team.course_id, "topic_id": team.topic_id,
        "date_created": team.date_created, "description": team.description,
        "country": team.country, "language": team.language,
        "last_activity_at": team.last_activity_at,
        "organization_protected": team.organization_protected,
    }
    if with_members:
        body["membership"] = [{"user": user_ref(call, m.username), "date_joined": m.date_joined,
                               "last_activity_at": m.last_activity_at} for m in team.members]
    return body


def membership_json(call: Call, team: Team, membership: Membership) -> dict[str, Any]:
    expand = {part.strip() for part in call.raw_query.get("expand", "").split(",")}
    return {
        "user": user_ref(call, membership.username),
        "team": team_json(call, team, with_members=False) if "team" in expand else team_ref(call, team),
        "date_joined": membership.date_joined, "last_activity_at": membership.last_activity_at,
    }


def topic_json(store: Store, course_id: str, topic: Topic) -> dict[str, Any]:
    return {"id": topic.id, "name": topic.name, "description": topic.description,
            "max_team_size": topic.max_team_size, "type": topic.type,
            "team_count": len(store.teams_of(course_id, topic.id))}
