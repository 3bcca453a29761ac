"""Who may do what in the LMS fake.

Every operation's `x-access` rule is enforced before its handler runs (edx_mock.access); `holds`
answers the callers relative to a request from the world: the user themself (by username, id
or email), a learner enrolled in a course, the staff or instructor role in a course. A handler
with a finer rule of its own asks `forbidden_*(call, ...)` and returns the reply it gives, if
any, before touching the world.
"""

from __future__ import annotations

from ..access import Who
from ..calls import Call, Reply, error
from ..state import MockState
from .world import User, World


def holds(state: MockState, who: Who, caller: str, subject: str | None) -> bool:
    """Whether `who` is `caller` (self, enrolled, course-staff) for the user or course named."""
    world: World = state.data["lms"]
    user = world.users.get(who.username)
    if user is None or subject is None:
        return False
    if caller == "self":
        return subject in (user.username, str(user.id), user.email)
    if caller == "enrolled":
        return world.enrollment(user.username, subject) is not None
    if caller == "course-staff":
        return bool(user.course_roles.get(subject))
    return False


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
