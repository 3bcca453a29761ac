"""LMS cohorts: a course's cohorts, their members and the course's cohort settings.

The reference's cohorts section (lms-api.txt, "GET /cohorts/v1/courses/{course_key_string}/
cohorts/{cohort_id}" .. "PUT /cohorts/v1/settings/{course_key_string}") gives request lines,
one-line purposes and the member fields (username, email, name); it states no access rule and
no body. So the platform's views (openedx course_groups CohortHandler, CohortUsers,
CohortSettings, CohortCSV) supply the rest:

- Every operation is for staff of the course (the platform checks "staff" access to the
  course); others get 403 (the platform hides the course with a 404 instead).
- A cohort is `{id, name, user_count, assignment_type, user_partition_id, group_id}`;
  creating needs `name` and `assignment_type` ("random" or "manual"), names are unique per
  course, a course keeps at least one random cohort; a PATCH changes either or both.
- A user is in at most one cohort per course: adding moves them out of their previous cohort.
  Only users enrolled in the course can be added (the platform also accepts unenrolled users
  and preassigns unknown emails; the fake refuses both with 400). The path's username names
  the user; the body is the member representation and is otherwise ignored, as on the platform.
- GET of a member answers that member if they are in the cohort (the platform's view answers
  the cohort's whole member page and ignores the username); removing a user who is not in the
  cohort is a 404 (the platform answers 400, which the operation does not declare).
- Settings are `{id, is_cohorted}`; a PUT needs a boolean `is_cohorted`.
- The CSV upload checks the course and the caller and answers 200; the file's rows are not
  applied: the request parsing keeps no file content, and the platform itself only queues a
  background task whose results go to the course's data downloads.

Not modelled: linking cohorts to content groups (group_id/user_partition_id stay null),
random assignment of users on first visit, the "users" list body of the platform's bulk add,
pagination of the cohort list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..calls import Call, Handler, Reply, error
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
        "user_partition_id": None, "group_id": None,
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
    ordered = sorted(state.cohorts.values(), key=lambda c: c.name.lower())
    return Reply(200, [cohort_json(call, c) for c in ordered])


def cohorts_retrieve(call: Call) -> Reply:
    found = _cohort(call)
    if isinstance(found, Reply):
        return found
    return Reply(200, cohort_json(call, found[1]))


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
    state.cohorts[cohort.id] = cohort
    return Reply(201, cohort_json(call, cohort))


def cohorts_partial_update(call: Call) -> Reply:
    found = _cohort(call)
    if isinstance(found, Reply):
        return found
    state, cohort = found
    body = _body(call) or {}
    name, assignment = body.get("name"), body.get("assignment_type")
    if name is None and assignment is None:
        return error(400, 'Request method requires at least one of "name" or "assignment_type" fields.')
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
    if isinstance(name, str):
        cohort.name = name
    if isinstance(assignment, str):
        cohort.assignment_type = assignment
    return Reply(200, cohort_json(call, cohort))


def _member(call: Call) -> tuple[CourseCohorts, Cohort, User] | Reply:
    found = _cohort(call)
    if isinstance(found, Reply):
        return found
    user = world_of(call).users.get(call.path["username"])
    if user is None:
        return error(404, "User does not exist.")
    return found[0], found[1], user


def cohorts_users_retrieve(call: Call) -> Reply:
    found = _member(call)
    if isinstance(found, Reply):
        return found
    _, cohort, user = found
    if user.username not in cohort.members:
        return error(404, f"{user.username} is not in this cohort.")
    return Reply(200, member_json(user))


def cohorts_users_add(call: Call) -> Reply:
    found = _member(call)
    if isinstance(found, Reply):
        return found
    state, cohort, user = found
    course_id = call.path["course_key_string"]
    if world_of(call).enrollment(user.username, course_id) is None:
        return error(400, f"{user.username} is not enrolled in {course_id}.")
    for other in state.cohorts.values():
        if other is not cohort and user.username in other.members:
            other.members.remove(user.username)
    if user.username not in cohort.members:
        cohort.members.append(user.username)
    return Reply(200, member_json(user))


def cohorts_users_remove(call: Call) -> Reply:
    found = _member(call)
    if isinstance(found, Reply):
        return found
    _, cohort, user = found
    if user.username not in cohort.members:
        return error(404, "User not assigned to the given cohort.")
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
