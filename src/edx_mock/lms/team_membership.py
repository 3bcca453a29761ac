"""LMS team memberships: list, join (add), read and leave (remove). Rules: see team.py."""

from __future__ import annotations

from typing import Any

from ..calls import Call, Handler, Reply, error, not_found
from ..pagination import teams_page
from .access import caller, is_course_staff, world_of
from .common import is_course_key
from .team_model import (
    OPEN,
    Team,
    forbidden_unless_team_access,
    has_team_access,
    joined,
    membership_json,
    store_of,
    team_or_404,
)


def team_membership_list(call: Call) -> Reply:
    params, store = call.raw_query, store_of(call)
    course_id, team_id, username = params.get("course_id"), params.get("team_id"), params.get("username")
    if course_id is not None and not is_course_key(course_id):
        return error(400, f"The supplied course id {course_id} is not valid.")
    teamset_id = params.get("teamset_id")
    if team_id is not None and teamset_id is not None:
        return error(400, "teamset_id and team_id are mutually exclusive options.")
    if team_id is None and teamset_id is None and username is None:
        return error(400, "username or (team_id or teamset_id) must be specified.")
    teams = list(store.teams.values())
    if teamset_id is not None:
        if course_id is None:
            return error(400, "teamset_id requires course_id to also be provided.")
        if not has_team_access(call, course_id) or teamset_id not in store.topics.get(course_id, {}):
            return not_found(call, "No teamset found in given course with given id")
        teams = store.teams_of(course_id, teamset_id)
    if team_id is not None:
        team = store.teams.get(team_id)
        # The platform hides a team of a course the caller cannot use as if it did not exist.
        if team is None or not has_team_access(call, team.course_id):
            return not_found(call, f"No team {team_id}.")
        if course_id is not None and course_id != team.course_id:
            return error(400, "The team is not in the course given.")
        teams = [team]
    if course_id is not None:
        teams = [t for t in teams if t.course_id == course_id]
    # Non-staff callers see memberships only in courses where they are a learner or staff.
    teams = [t for t in teams if has_team_access(call, t.course_id)]
    rows = [membership_json(call, t, m) for t in teams for m in t.members
            if username is None or m.username == username]
    return Reply(200, teams_page(call, rows))


def _may_change(call: Call, team: Team, username: str) -> Reply | None:
    """Learners change only their own membership, and only in open topics; staff any."""
    if is_course_staff(call, team.course_id):
        return None
    me = caller(call)
    if me is None or me.username != username:
        return error(403, "You may only add or remove yourself.")
    if (refused := forbidden_unless_team_access(call, team.course_id)) is not None:
        return refused
    topic = store_of(call).topics.get(team.course_id, {}).get(team.topic_id)
    if topic is not None and topic.type != OPEN:
        return error(403, "You can't join or leave an instructor managed team.")
    return None


def team_membership_create(call: Call) -> Reply:
    body: dict[str, Any] = call.body if isinstance(call.body, dict) else {}
    username, team_id = body.get("username"), body.get("team_id")
    if not isinstance(username, str) or not username:
        return error(400, "Username is required.")
    if not isinstance(team_id, str) or not team_id:
        return error(400, "Team id is required.")
    world, store = world_of(call), store_of(call)
    team = store.teams.get(team_id)
    if team is None:
        return not_found(call, f"No team {team_id}.")
    if (refused := _may_change(call, team, username)) is not None:
        return refused
    if username not in world.users:
        return not_found(call, f"No user {username}.")
    topic = store.topics.get(team.course_id, {}).get(team.topic_id)
    if topic is not None and topic.max_team_size is not None and len(team.members) >= topic.max_team_size:
        return error(400, "This team is already full.")
    if store.team_in_topic(username, team.course_id, team.topic_id):
        return error(400, f"The user {username} is already a member of a team in this teamset.")
    if world.enrollment(username, team.course_id) is None:
        return error(400, f"The user {username} is not enrolled in the course associated with this team.")
    membership = joined(username)
    team.members.append(membership)
    team.last_activity_at = membership.date_joined
    return Reply(200, membership_json(call, team, membership))


def team_membership_retrieve(call: Call) -> Reply:
    team = team_or_404(call)
    if isinstance(team, Reply):
        return team
    if (refused := forbidden_unless_team_access(call, team.course_id)) is not None:
        return refused
    membership = team.member(call.path["username"])
    if membership is None:
        return error(404, f"{call.path['username']} is not a member of this team.")
    return Reply(200, membership_json(call, team, membership))


def team_membership_delete(call: Call) -> Reply:
    team = team_or_404(call)
    if isinstance(team, Reply):
        return team
    username = call.path["username"]
    if (refused := _may_change(call, team, username)) is not None:
        return refused
    membership = team.member(username)
    if membership is None:
        return error(404, f"{username} is not a member of this team.")
    team.members.remove(membership)
    return Reply(204)


HANDLERS: dict[str, Handler] = {
    "team_membership_list": team_membership_list,
    "team_membership_create": team_membership_create,
    "team_membership_retrieve": team_membership_retrieve,
    "team_membership_delete": team_membership_delete,
}
