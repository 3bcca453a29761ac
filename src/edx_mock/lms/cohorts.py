"""LMS cohorts: a course's cohorts, their members and the course's cohort settings.

The reference's cohorts section (lms-api.txt, "GET /cohorts/v1/courses/{course_key_string}/
cohorts/{cohort_id}" .. "PUT /cohorts/v1/settings/{course_key_string}") gives request lines,
one-line purposes and the member fields (username, email, name); it states no access rule and
no body. The platform's views (openedx course_groups CohortHandler, CohortUsers,
CohortSettings, CohortCSV) supply the rest, as the description now types it:

- Every operation is for staff of the course (the platform checks "staff" access to the
  course); others get 403. The platform also lets forum moderators and community TAs read,
  which the fake, keeping no forum roles, does not.
- A cohort is `{id, name, user_count, assignment_type, user_partition_id, group_id}`;
  creating needs `name` and `assignment_type` ("random" or "manual") and answers 200; names
  are unique per course and a course keeps at least one random cohort. A `group_id` links
  the cohort to a content group and needs its `user_partition_id`; a PATCH changes any of
  name, assignment type and link (a null `group_id` unlinks), needs at least one of
  `name`, `assignment_type`, `group_id`, and answers 204.
- The cohort list is a plain list of one page (`page`, `page_size` up to 100, 10 a page by
  default here), sorted by name (`ordering` asc or desc); a page past the end is 404.
- A user is in at most one cohort per course: adding moves them out of their previous cohort.
  The add takes a `users` list (usernames or email addresses), else the path's username, and
  answers per user: added, changed (moved, with the previous cohort's name), present,
  unknown, preassigned (an email address of nobody: remembered by the platform, only listed
  here) or invalid (a malformed email address). The platform adds any existing user; only
  enrolled members count in `user_count`.
- GET of `.../users/{username}` answers the cohort's member page (edx-drf-extensions'
  envelope) and ignores the username, as the platform's view does; removing a user who is
  not in the cohort is a 400, an unknown user a 404.
- Settings are `{id, is_cohorted}`; a PUT needs a boolean `is_cohorted`.
- The CSV upload checks the course and the caller and answers 200; the file's rows are not
  applied: the request parsing keeps no file content, and the platform itself only queues a
  background task whose results go to the course's data downloads.

Not modelled: random assignment of users on first visit, preassigned emails joining on
enrollment, content groups existing (any ids are accepted).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..calls import Call, Handler, Reply, error, not_found
from ..pagination import PageWindow, numbered_envelope
from .access import forbidden_unless_course_staff, world_of
from .world import DEMO_COURSE, User, World

ASSIGNMENT_TYPES = ("random", "manual")
DEFAULT_COHORT = "Default Group"  # the platform's name for the automatic cohort


@dataclass
class Cohort:
    id: int
    name: str
    assignment_type: str
    members: list[str] = field(default_factory=list)
    user_partition_id: int | None = None
    group_id: int | None = None


@dataclass
class CourseCohorts:
    settings_id: int
    is_cohorted: bool = False
    cohorts: dict[int, Cohort] = field(default_factory=dict)


@dataclass
class Store:
    courses: dict[str, CourseCohorts] = field(default_factory=dict)

    def course(self, world: World, course_id: str) -> CourseCohorts:
        """The course's cohort state, created empty the first time a course is asked about."""
        if course_id not in self.courses:
            self.courses[course_id] = CourseCohorts(world.new_id("cohort_settings"))
        return self.courses[course_id]


SEED_COHORTS = ((DEFAULT_COHORT, "random", ("audit", "honor")),
                ("Cohort A", "manual", ("verified", "learner")))


def seed(world: World) -> Store:
    store = Store()
    demo = store.course(world, DEMO_COURSE)
    demo.is_cohorted = True
    for name, assignment, members in SEED_COHORTS:
        cohort = Cohort(world.new_id("cohort"), name, assignment, list(members))
        demo.cohorts[cohort.id] = cohort
    return store


def _store(call: Call) -> Store:
    store: Store = world_of(call).stores["cohorts"]
    return store


def _course(call: Call) -> CourseCohorts | Reply:
    """The path's course's cohort state, or the reply that refuses the call."""
    world = world_of(call)
    course_id = call.path["course_key_string"]
    if course_id not in world.courses:
        return error(404, "Course not found.")
    if (refused := forbidden_unless_course_staff(call, course_id)) is not None:
        return refused
    return _store(call).course(world, course_id)


def _cohort(call: Call) -> tuple[CourseCohorts, Cohort] | Reply:
    state = _course(call)
    if isinstance(state, Reply):
        return state
    raw = call.path["cohort_id"]
    cohort = state.cohorts.get(int(raw)) if re.fullmatch(r"[0-9]{1,9}", raw) else None
    if cohort is None:
        return error(404, f"No cohort with id {raw} in this course.")
    return state, cohort


def cohort_json(call: Call, cohort: Cohort) -> dict[str, Any]:
    world = world_of(call)
    course_id = call.path["course_key_string"]
    return {
        "name": cohort.name, "id": cohort.id,
        # The platform counts only members whose enrollment is still active.
        "user_count": sum(1 for u in cohort.members if world.enrollment(u, course_id)),
        "assignment_type": cohort.assignment_type,
        "user_partition_id": cohort.user_partition_id, "group_id": cohort.group_id,
    }


def member_json(user: User) -> dict[str, Any]:
    return {"username": user.username, "email": user.email, "name": user.name}


def _body(call: Call) -> dict[str, Any] | None:
    return call.body if isinstance(call.body, dict) else None


def _name_taken(state: CourseCohorts, name: str, other_than: int | None = None) -> bool:
    return any(c.name == name and c.id != other_than for c in state.cohorts.values())


def cohorts_list(call: Call) -> Reply:
    state = _course(call)
    if isinstance(state, Reply):
        return state
    ordering = str(call.query.get("ordering") or "asc").lower()
    if ordering not in ("asc", "desc"):
        return error(400, 'Invalid ordering value. Must be "asc" or "desc".')
    ordered = sorted(state.cohorts.values(), key=lambda c: c.name.lower(),
                     reverse=ordering == "desc")
    window = PageWindow.asked(call.query, len(ordered))
    if not window.exists:
        return not_found(call, f"Invalid page: the list has {window.pages} page(s).")
    return Reply(200, [cohort_json(call, c) for c in window.rows(ordered)])


def cohorts_retrieve(call: Call) -> Reply:
    found = _cohort(call)
    if isinstance(found, Reply):
        return found
    return Reply(200, cohort_json(call, found[1]))


def _link(body: dict[str, Any], cohort: Cohort) -> Reply | None:
    """Apply `group_id` (with `user_partition_id`) to the cohort, as the platform links a
    cohort to a content group; a null group_id unlinks it."""
    group_id, partition_id = body.get("group_id"), body.get("user_partition_id")
    if group_id is not None and not isinstance(partition_id, int):
        return error(400, "If group_id is specified, user_partition_id must also be specified.")
    cohort.group_id = group_id if isinstance(group_id, int) else None
    cohort.user_partition_id = partition_id if cohort.group_id is not None else None
    return None


def cohorts_create(call: Call) -> Reply:
    state = _course(call)
    if isinstance(state, Reply):
        return state
    body = _body(call) or {}
    name, assignment = body.get("name"), body.get("assignment_type")
    if not isinstance(name, str) or not name.strip():
        return error(400, '"name" must be specified to create cohort.')
    if assignment not in ASSIGNMENT_TYPES:
        return error(400, '"assignment_type" must be "random" or "manual".')
    if _name_taken(state, name):
        return error(400, "You cannot create two cohorts with the same name.")
    cohort = Cohort(world_of(call).new_id("cohort"), name, str(assignment))
    if ("group_id" in body or "user_partition_id" in body) and (refused := _link(body, cohort)):
        return refused
    state.cohorts[cohort.id] = cohort
    return Reply(200, cohort_json(call, cohort))


def cohorts_partial_update(call: Call) -> Reply:
    found = _cohort(call)
    if isinstance(found, Reply):
        return found
    state, cohort = found
    body = _body(call) or {}
    name, assignment = body.get("name"), body.get("assignment_type")
    if not (name or assignment or "group_id" in body):
        return error(400, "Request must include name, assignment_type, and/or group_id.")
    if name is not None and (not isinstance(name, str) or not name.strip()):
        return error(400, '"name" must be a non-empty string.')
    if assignment is not None and assignment not in ASSIGNMENT_TYPES:
        return error(400, '"assignment_type" must be "random" or "manual".')
    if isinstance(name, str) and _name_taken(state, name, other_than=cohort.id):
        return error(400, "A cohort with the same name already exists.")
    randoms = [c for c in state.cohorts.values() if c.assignment_type == "random"]
    if assignment == "manual" and randoms == [cohort]:
        # The platform keeps somewhere to put the learners it assigns automatically.
        return error(400, "There must be one cohort to which students can automatically be assigned.")
    changed = Cohort(cohort.id, cohort.name, cohort.assignment_type, cohort.members,
                     cohort.user_partition_id, cohort.group_id)
    if "group_id" in body and (refused := _link(body, changed)):
        return refused
    if isinstance(name, str):
        changed.name = name
    if isinstance(assignment, str):
        changed.assignment_type = assignment
    state.cohorts[cohort.id] = changed
    return Reply(204)


def cohorts_users_retrieve(call: Call) -> Reply:
    """The cohort's members, one page at a time; the path's username is not read."""
    found = _cohort(call)
    if isinstance(found, Reply):
        return found
    world = world_of(call)
    members = [world.users[u] for u in found[1].members if u in world.users]
    window = PageWindow.asked(call.query, len(members))
    if not window.exists:
        return not_found(call, f"Invalid page: the list has {window.pages} page(s).")
    return Reply(200, numbered_envelope(window, [member_json(u) for u in members], call.url))


EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def cohorts_users_add(call: Call) -> Reply:
    found = _cohort(call)
    if isinstance(found, Reply):
        return found
    state, cohort = found
    world = world_of(call)
    body = _body(call) or {}
    users = body.get("users") or [call.path["username"]]
    result: dict[str, Any] = {"success": True, "added": [], "changed": [], "present": [],
                              "unknown": [], "preassigned": [], "invalid": []}
    for sent in users:
        if not isinstance(sent, str) or not sent:
            continue
        user = world.users.get(sent) or next(
            (u for u in world.users.values() if "@" in sent and u.email == sent), None)
        if user is None:
            if "@" not in sent:
                result["unknown"].append(sent)
            elif EMAIL.fullmatch(sent):
                result["preassigned"].append(sent)
            else:
                result["invalid"].append(sent)
            continue
        if user.username in cohort.members:
            result["present"].append(sent)
            continue
        previous = next((c for c in state.cohorts.values() if user.username in c.members), None)
        if previous is not None:
            previous.members.remove(user.username)
            result["changed"].append({"email": user.email, "previous_cohort": previous.name,
                                      "username": user.username})
        else:
            result["added"].append({"username": user.username, "email": user.email})
        cohort.members.append(user.username)
    return Reply(200, result)


def cohorts_users_remove(call: Call) -> Reply:
    found = _cohort(call)
    if isinstance(found, Reply):
        return found
    _, cohort = found
    user = world_of(call).users.get(call.path["username"])
    if user is None:
        return not_found(call, "User does not exist.")
    if user.username not in cohort.members:
        return error(400, "User not assigned to the given cohort.")
    cohort.members.remove(user.username)
    return Reply(204)


def cohorts_users_upload(call: Call) -> Reply:
    state = _course(call)
    return state if isinstance(state, Reply) else Reply(200)


def settings_json(state: CourseCohorts) -> dict[str, Any]:
    return {"id": state.settings_id, "is_cohorted": state.is_cohorted}


def cohorts_settings_retrieve(call: Call) -> Reply:
    state = _course(call)
    return state if isinstance(state, Reply) else Reply(200, settings_json(state))


def cohorts_settings_update(call: Call) -> Reply:
    state = _course(call)
    if isinstance(state, Reply):
        return state
    body = _body(call) or {}
    if "is_cohorted" not in body:
        return error(400, 'Missing field "is_cohorted".')
    if not isinstance(body["is_cohorted"], bool):
        return error(400, '"is_cohorted" must be a boolean.')
    state.is_cohorted = body["is_cohorted"]
    return Reply(200, settings_json(state))


HANDLERS: dict[str, Handler] = {
    "cohorts_list": cohorts_list,
    "cohorts_create": cohorts_create,
    "cohorts_retrieve": cohorts_retrieve,
    "cohorts_partial_update": cohorts_partial_update,
    "cohorts_users_retrieve": cohorts_users_retrieve,
    "cohorts_users_add": cohorts_users_add,
    "cohorts_users_remove": cohorts_users_remove,
    "cohorts_users_upload": cohorts_users_upload,
    "cohorts_settings_retrieve": cohorts_settings_retrieve,
    "cohorts_settings_update": cohorts_settings_update,
}
