"""Who may do what in the LMS fake.

Every operation's `x-access` rule is enforced before its handler runs (edx_mock.access); `holds`
answers the callers relative to a request from the world: the user themself (by username, id
or email), a learner enrolled in a course, the staff or instructor role in a course. A handler
with a finer rule of its own asks `forbidden_*(call, ...)` and returns the reply it gives, if
any, before touching the world.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..access import Who
from ..calls import Call, Reply, error
from ..inputs import strict_int
from ..state import MockState
from .world import COURSE_KEY, USAGE_KEY, User, World


def holds(state: MockState, who: Who, caller: str, subject: str, name: str) -> bool:
    """Whether `who` is `caller` (self, enrolled, course-staff) for the user or course that
    `subject`, the value of the parameter `name`, names."""
    world: World = state.data["lms"]
    user = world.users.get(who.username)
    if user is None:
        return False
    if caller == "self":
        # edx-drf-extensions' IsUserInUrl compares usernames caseless; emails are caseless too.
        named = subject.casefold()
        return named in (user.username.casefold(), str(user.id), user.email.casefold())
    courses = _courses_of(world, subject, name)
    if courses is None:
        # No course key, or a team, exam or attempt that does not exist: the views parse and
        # look it up before they ask who may use the course, and answer 400 or 404 whoever
        # asks, so the handler answers here too.
        return caller in ("enrolled", "course-staff")
    if caller == "enrolled":
        return any(world.enrollment(user.username, course) is not None for course in courses)
    if caller == "course-staff":
        return any(user.course_roles.get(course) for course in courses)
    return False


def _courses_of(world: World, subject: str, name: str) -> tuple[str, ...] | None:
    """The courses a rule's subject stands for: a course itself; for a CCX, the CCX and its
    master course (whose staff act on its CCXs); the course of a team, an exam or an attempt
    that the parameter names (a path that names no course is still checked against one).
    None when the subject names nothing."""
    stores = world.stores
    if name in _COURSE_LOOKUPS:
        found = _COURSE_LOOKUPS[name](stores, subject)
        return (found,) if found else None
    if not _looks_like_a_course(subject):
        return None
    if USAGE_KEY.fullmatch(subject):  # a block names its course: block-v1:org+number+run+...
        org, number, run = subject.removeprefix("block-v1:").split("+")[:3]
        return (f"course-v1:{org}+{number}+{run}",)
    ccx = stores.get("ccx", {}).get(subject)
    return (subject, str(ccx["master_course_id"])) if ccx else (subject,)


def _looks_like_a_course(subject: str) -> bool:
    return bool(COURSE_KEY.fullmatch(subject) or USAGE_KEY.fullmatch(subject)
                or subject.startswith("ccx-v1:"))


def _team_course(stores: dict[str, Any], team_id: str) -> str | None:
    team = stores["team"].teams.get(team_id) if "team" in stores else None
    return team.course_id if team is not None else None


def _exam_course(stores: dict[str, Any], exam_id: str) -> str | None:
    exams = stores["edx_proctoring"].exams if "edx_proctoring" in stores else {}
    exam = exams.get(strict_int(exam_id))
    return str(exam["course_id"]) if exam else None


def _attempt_course(stores: dict[str, Any], attempt_id: str) -> str | None:
    attempts = stores["edx_proctoring"].attempts if "edx_proctoring" in stores else {}
    attempt = attempts.get(strict_int(attempt_id))
    return _exam_course(stores, str(attempt["exam_id"])) if attempt else None


_COURSE_LOOKUPS: dict[str, Callable[[dict[str, Any], str], str | None]] = {
    "team_id": _team_course, "exam_id": _exam_course, "attempt_id": _attempt_course}


def world_of(call: Call) -> World:
    world: World = call.state.data["lms"]
    return world


def caller(call: Call) -> User | None:
    """The user the token names, or None (a token of a client unknown to the world)."""
    return world_of(call).users.get(str(call.claims.get("preferred_username", "")))


def is_global_staff(call: Call) -> bool:
    user = caller(call)
    return user is not None and user.is_staff


def is_course_staff(call: Call, course_id: str) -> bool:
    """Global staff, or the staff or instructor role in the course."""
    user = caller(call)
    return user is not None and (user.is_staff or bool(user.course_roles.get(course_id)))


def forbidden_unless_global_staff(call: Call) -> Reply | None:
    if is_global_staff(call):
        return None
    return error(403, "Only global staff may do this.")


def forbidden_unless_course_staff(call: Call, course_id: str) -> Reply | None:
    if is_course_staff(call, course_id):
        return None
    return error(403, f"Only staff of {course_id} may do this.")


def forbidden_unless_self_or_staff(call: Call, username: str) -> Reply | None:
    """A user may act on their own data; global staff on anyone's."""
    user = caller(call)
    if user is not None and (user.username == username or user.is_staff):
        return None
    return error(403, "You may only act on your own account.")


def forbidden_unless_self(call: Call, username: str) -> Reply | None:
    """Only the user themself (the docs give staff no exception here)."""
    user = caller(call)
    if user is not None and user.username == username:
        return None
    return error(403, "You may only act on your own account.")
