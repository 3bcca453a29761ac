"""LMS teams: a course's topics (teamsets), its teams and their memberships.

The reference's team section (lms-api.txt, "GET /team/v0/bulk_team_membership/{course_id}" ..
"GET /team/v0/topics/{topic_id},{course_id}") gives only request lines and page/page_size,
plus the example `GET /api/team/v0/topics/?course_id={course_id}`: no field, no status. The
platform's teams app (lms/djangoapps/teams: views.py, serializers.py, models.py, csv.py) gives
the rest, and the description now types every body from it:

- Team access (has_team_api_access): global staff, course staff, or learners enrolled in the
  course; others get 403.
- Topics: the list needs `course_id` (400 without it, 404 for an unknown course); `order_by`
  is `name` or `team_count`; the page carries `sort_order`.
- Teams list needs `course_id` and filters by `topic_id` (400 if the course has no such
  topic), `username` (a member), `text_search` (in name and description); `order_by` is
  `name`, `open_slots` or `last_activity_at`, cannot be combined with `text_search`, and is
  echoed as `sort_order` (not for a search).
- Creating a team needs `course_id`, `topic_id`, `name` (<= 255) and `description` (<= 300);
  `country`, `language` and `organization_protected` are optional. An unknown topic is 404.
  Learners cannot create teams in managed topics (403) nor a second team in a topic (400),
  and join the team they create; staff are not added and may create many. The platform
  answers 200 with the team, and so does the fake.
- Changing and deleting a team is for course staff (403 otherwise, after the 404 for an
  unknown team); a change is a JSON merge patch; deleting drops its memberships.
- Memberships (team_membership.py): the list needs `team_id`, `teamset_id` (with
  `course_id`) or `username`; a membership shows its team collapsed to `team_id` and URL, or
  without its members under `expand=team`; learners add and remove only themselves (the
  platform hides others' with a 404 where the operation declares it; the fake answers 403,
  which every membership operation declares); only staff change memberships of managed
  topics; a team is full at its topic's `max_team_size`; a user is in at most one team per
  topic and must be enrolled. A join answers 200, as on the platform.
- Bulk memberships: course staff download the course's memberships as CSV (username,
  external_user_id, mode, then one column per topic naming the learner's team there); an
  upload of the form field `csv` answers 201 with the count of learners affected.
- Team assignments: the demo course has no team-type assignment, so the list is empty.

Not modelled: private managed teamsets (visibility to members only), discussion-privileged
users, organization protection of membership, applying an uploaded CSV (the fake counts its
learner rows and changes nothing), the course-wide maximum team size the platform checks on a
join (the fake uses the topic's), full user expansion (`expand=user`), the search engine's
word matching (the fake matches substrings) and its 503.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from ..calls import Call, Handler, Reply, error, not_found
from ..pagination import teams_page
from .access import caller, forbidden_unless_course_staff, is_course_staff, world_of
from .common import is_course_key, now
from .team_membership import HANDLERS as MEMBERSHIP_HANDLERS
from .team_model import (
    OPEN,
    forbidden_unless_team_access,
    joined,
    new_team,
    seed,
    store_of,
    team_json,
    team_or_404,
    topic_json,
)

__all__ = ["HANDLERS", "seed"]

TEAM_ORDERS = ("name", "open_slots", "last_activity_at")
TOPIC_ORDERS = ("name", "team_count")


def _course_from(call: Call, course_id: Any) -> str | Reply:
    """A course id named in a query or body, checked the way the platform does."""
    if course_id is None or course_id == "":
        return error(400, "course_id must be provided")
    if not is_course_key(course_id):
        return error(400, f"The supplied course id {course_id} is not valid.")
    if course_id not in world_of(call).courses:
        return not_found(call, f"No course {course_id}.")
    return str(course_id)


def team_topics_list(call: Call) -> Reply:
    course_id = _course_from(call, call.query.get("course_id"))
    if isinstance(course_id, Reply):
        return course_id
    if (refused := forbidden_unless_team_access(call, course_id)) is not None:
        return refused
    order = call.raw_query.get("order_by", "name")
    if order not in TOPIC_ORDERS:
        return error(400, f"The ordering {order} is not supported")
    store = store_of(call)
    rows = [topic_json(store, course_id, t) for t in store.topics.get(course_id, {}).values()]
    rows.sort(key=lambda t: t["name"].lower())
    if order == "team_count":
        rows.sort(key=lambda t: -t["team_count"])
    return Reply(200, {**teams_page(call, rows), "sort_order": order})


def team_topics_retrieve(call: Call) -> Reply:
    course_id, topic_id = call.path["course_id"], call.path["topic_id"]
    if course_id not in world_of(call).courses:
        return error(404, f"No course {course_id}.")
    if (refused := forbidden_unless_team_access(call, course_id)) is not None:
        return refused
    store = store_of(call)
    topic = store.topics.get(course_id, {}).get(topic_id)
    if topic is None:
        return error(404, f"No topic {topic_id} in {course_id}.")
    return Reply(200, topic_json(store, course_id, topic))


def team_teams_list(call: Call) -> Reply:
    params = call.raw_query
    course_id = _course_from(call, params.get("course_id"))
    if isinstance(course_id, Reply):
        return course_id
    if (refused := forbidden_unless_team_access(call, course_id)) is not None:
        return refused
    store = store_of(call)
    text_search, order = params.get("text_search"), params.get("order_by")
    if text_search and order:
        return error(400, "text_search and order_by cannot be provided together")
    teams = store.teams_of(course_id)
    if (topic_id := params.get("topic_id")) is not None:
        if topic_id not in store.topics.get(course_id, {}):
            return error(400, f"The supplied topic id {topic_id} is not valid")
        teams = [t for t in teams if t.topic_id == topic_id]
    if (username := params.get("username")) is not None:
        teams = [t for t in teams if t.member(username)]
    if text_search:
        needle = text_search.lower()
        teams = [t for t in teams if needle in t.name.lower() or needle in t.description.lower()]
    order = order or "name"
    if order not in TEAM_ORDERS:
        return error(400, f"The ordering {order} is not supported")
    teams.sort(key=lambda t: t.name.lower())
    if order == "open_slots":
        teams.sort(key=lambda t: len(t.members))
    elif order == "last_activity_at":
        teams.sort(key=lambda t: t.last_activity_at, reverse=True)
    page = teams_page(call, [team_json(call, t) for t in teams])
    # The platform names the ordering it applied, except in the answer to a search.
    return Reply(200, page if text_search else {**page, "sort_order": order})


def _field_error(name: str, message: str) -> Reply:
    # The platform reports each rejected field under field_errors.
    return Reply(400, {"detail": message, "field_errors": {
        name: {"developer_message": message, "user_message": message}}})


def _team_fields(body: dict[str, Any], creating: bool) -> dict[str, Any] | Reply:
    """The writable fields of a team from a body, type- and length-checked."""
    limits = {"name": 255, "description": 300}
    fields: dict[str, Any] = {}
    for name, limit in limits.items():
        value = body.get(name)
        if value is None and not creating:
            continue
        if not isinstance(value, str) or not value.strip():
            return _field_error(name, f"{name} is required and may not be blank.")
        if len(value) > limit:
            return _field_error(name, f"Ensure {name} has no more than {limit} characters.")
        fields[name] = value
    country = body.get("country")
    if country is not None:
        if not isinstance(country, str) or not (country == "" or len(country) == 2 and country.isalpha()
                                                and country.isupper()):
            return _field_error("country", f"{country} is not a valid country code")
        fields["country"] = country
    language = body.get("language")
    if language is not None:
        if not isinstance(language, str):
            return _field_error("language", f"{language!r} is not a valid choice.")
        fields["language"] = language
    protected = body.get("organization_protected")
    if protected is not None:
        if not isinstance(protected, bool):
            return _field_error("organization_protected", "Must be a valid boolean.")
        fields["organization_protected"] = protected
    return fields


def team_teams_create(call: Call) -> Reply:
    body: dict[str, Any] = call.body if isinstance(call.body, dict) else {}
    course_id = _course_from(call, body.get("course_id"))
    if isinstance(course_id, Reply):
        return course_id
    if (refused := forbidden_unless_team_access(call, course_id)) is not None:
        return refused
    store, me = store_of(call), caller(call)
    topic_id = body.get("topic_id")
    if not isinstance(topic_id, str) or not topic_id:
        return _field_error("topic_id", "You must provide a topic_id to create a team.")
    topic = store.topics.get(course_id, {}).get(topic_id)
    if topic is None:
        return not_found(call, f"No topic {topic_id} in {course_id}.")
    staff = is_course_staff(call, course_id)
    if topic.type != OPEN and not staff:
        return error(403, "You can't create a team in an instructor managed topic.")
    if me is not None and not staff and store.team_in_topic(me.username, course_id, topic_id):
        return error(400, "You are already in a team in this teamset.")
    fields = _team_fields(body, creating=True)
    if isinstance(fields, Reply):
        return fields
    world = world_of(call)
    team = new_team(world, course_id, topic_id, fields.pop("name"), fields.pop("description"),
                    created=now())
    for name, value in fields.items():
        setattr(team, name, value)
    if me is not None and not staff:
        team.members.append(joined(me.username))
    store.teams[team.id] = team
    return Reply(200, team_json(call, team))


def team_teams_retrieve(call: Call) -> Reply:
    team = team_or_404(call)
    if isinstance(team, Reply):
        return team
    if (refused := forbidden_unless_team_access(call, team.course_id)) is not None:
        return refused
    return Reply(200, team_json(call, team))


def team_teams_partial_update(call: Call) -> Reply:
    team = team_or_404(call)
    if isinstance(team, Reply):
        return team
    if (refused := forbidden_unless_course_staff(call, team.course_id)) is not None:
        return refused
    fields = _team_fields(call.body if isinstance(call.body, dict) else {}, creating=False)
    if isinstance(fields, Reply):
        return fields
    for name, value in fields.items():
        setattr(team, name, value)
    return Reply(200, team_json(call, team))


def team_teams_delete(call: Call) -> Reply:
    team = team_or_404(call)
    if isinstance(team, Reply):
        return team
    if (refused := forbidden_unless_course_staff(call, team.course_id)) is not None:
        return refused
    del store_of(call).teams[team.id]
    return Reply(204)


def team_teams_assignments_list(call: Call) -> Reply:
    team = team_or_404(call)
    if isinstance(team, Reply):
        return team
    me = caller(call)
    if not is_course_staff(call, team.course_id) and (me is None or not team.member(me.username)):
        return error(403, "Only the team's members and course staff see its assignments.")
    return Reply(200, [])


def _bulk_course(call: Call) -> str | Reply:
    """The course of a bulk membership request: 404 if unknown, 403 unless course staff."""
    course_id = call.path["course_id"]
    if course_id not in world_of(call).courses:
        return not_found(call, f"Course not found: {course_id}")
    refused = forbidden_unless_course_staff(call, course_id)
    return refused if refused is not None else course_id


def team_bulk_membership_download(call: Call) -> Reply:
    course_id = _bulk_course(call)
    if isinstance(course_id, Reply):
        return course_id
    world, store = world_of(call), store_of(call)
    topic_ids = sorted(store.topics.get(course_id, {}))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["username", "external_user_id", "mode", *topic_ids])
    enrolled = sorted((e for e in world.enrollments.values()
                       if e.course_id == course_id and e.is_active), key=lambda e: e.username)
    for enrollment in enrolled:
        teams = {t.topic_id: t.name for t in store.teams_of(course_id) if t.member(enrollment.username)}
        writer.writerow([enrollment.username, "", enrollment.mode,
                         *(teams.get(topic, "") for topic in topic_ids)])
    return Reply(200, out.getvalue(), media_type="text/csv")


def team_bulk_membership_upload(call: Call) -> Reply:
    course_id = _bulk_course(call)
    if isinstance(course_id, Reply):
        return course_id
    upload = call.body.get("csv") if isinstance(call.body, dict) else None
    if not isinstance(upload, str):
        return error(400, "The form field csv is required.")
    # The fake does not apply the file: it counts the learner rows after the header.
    rows = [line for line in upload.splitlines()[1:] if line.strip()]
    return Reply(201, {"message": f"{len(rows)} learners were affected."})


HANDLERS: dict[str, Handler] = {
    "team_bulk_membership_download": team_bulk_membership_download,
    "team_bulk_membership_upload": team_bulk_membership_upload,
    "team_topics_list": team_topics_list,
    "team_topics_retrieve": team_topics_retrieve,
    "team_teams_list": team_teams_list,
    "team_teams_create": team_teams_create,
    "team_teams_retrieve": team_teams_retrieve,
    "team_teams_partial_update": team_teams_partial_update,
    "team_teams_delete": team_teams_delete,
    "team_teams_assignments_list": team_teams_assignments_list,
    **MEMBERSHIP_HANDLERS,
}
