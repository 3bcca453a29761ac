"""LMS bulk enrollment: enroll or unenroll many users in one or more courses with one request.

What the doc states (lms-api.txt, "POST /bulk_enroll/v1/bulk_enroll"): `action` is "enroll" or
"unenroll", `courses` and `identifiers` are comma-separated lists, `auto_enroll` enrolls
students as soon as they register, and `cohorts`, when given, names one cohort per course (so
it must have as many items as `courses`, else 400); the 200 body holds the `before` and `after`
states of each enrollment, with a `cohort` key when `cohorts` was given.

What the platform does (the bulk_enroll view, serializer and tests, cited in the description):
`identifiers`, `courses` and `action` are required (400); `cohorts` only go with "enroll"
(400); the answer is an object with the request's action and flags and, under `courses`, one
entry per course id holding that course's action, auto_enroll and results, each result being
`{identifier, before, after}` with states `{user, enrollment, allowed, auto_enroll}`, or
`{identifier, invalidIdentifier: true}` for a name that is neither a user nor an email address.
Identifiers are usernames or email addresses, split on commas and white space; an email
address without an account is allowed to enroll (`allowed`, with `auto_enroll`). Enrolling
keeps an active enrollment's mode and otherwise uses the course's default mode (audit);
unenrolling deactivates the enrollment and withdraws the allowance. Enrollments are the
world's, so the enrollment API sees them.

Access: the platform admits global staff only; the fake admits course staff of every course
named (403 otherwise), global staff being staff of every course. Every course must exist (400).

With `cohorts`, every named cohort must exist in its course (400, checked before anything
changes; an empty name means no cohort for that course). Each user who ends up enrolled joins
the course's cohort, leaving their previous one, through the cohorts module's store, and their
`before` and `after` states gain a `cohort` key (the previous cohort's name or null, then the
new one's).

Not modelled: preassigning cohorts to addresses without an account (their states get no
`cohort` key), the emails (`email_students`), enrolling an allowed address when its account
is created, and the `error` results of failed enrollments.
"""

from __future__ import annotations

import re
from typing import Any

from ..calls import Call, Handler, Reply, error
from . import cohorts as cohorts_module
from .access import forbidden_unless_course_staff, world_of
from .common import EMAIL, now
from .world import Course, Enrollment, User, World

STORE = "bulk_enroll"


def seed(world: World) -> dict[tuple[str, str], bool]:
    """Enrollment allowances of addresses without an account: (course id, email) -> auto_enroll."""
    return {}


def _allowances(call: Call) -> dict[tuple[str, str], bool]:
    store: dict[tuple[str, str], bool] = world_of(call).stores[STORE]
    return store


def _split(value: str) -> list[str]:
    return [item for item in re.split(r"[\s,]+", value) if item]


def _user(world: World, identifier: str) -> User | None:
    if "@" in identifier:
        wanted = identifier.lower()
        return next((u for u in world.users.values() if u.email.lower() == wanted), None)
    return world.users.get(identifier)


def _state(call: Call, course: Course, user: User | None, email: str) -> dict[str, Any]:
    world = world_of(call)
    allowance = _allowances(call).get((course.id, email.lower()))
    return {"user": user is not None,
            "enrollment": user is not None and world.enrollment(user.username, course.id) is not None,
            "allowed": allowance is not None, "auto_enroll": bool(allowance)}


def _enroll(call: Call, course: Course, user: User | None, email: str, auto_enroll: bool) -> None:
    world = world_of(call)
    if user is None or not user.is_active:
        _allowances(call)[(course.id, email.lower())] = auto_enroll
        return
    existing = world.enrollments.get((user.username, course.id))
    if existing is not None and existing.is_active:
        return
    # The platform does not bring back the mode of an earlier, inactive enrollment.
    mode = "audit" if "audit" in course.modes else next(iter(course.modes), "audit")
    if existing is None:
        world.enrollments[(user.username, course.id)] = Enrollment(user.username, course.id, mode,
                                                                   created=now())
    else:
        existing.mode, existing.is_active = mode, True


def _unenroll(call: Call, course: Course, user: User | None, email: str) -> None:
    world = world_of(call)
    if user is not None and (enrollment := world.enrollment(user.username, course.id)) is not None:
        enrollment.is_active = False
    _allowances(call).pop((course.id, email.lower()), None)


def bulk_enroll_create(call: Call) -> Reply:
    body = call.body if isinstance(call.body, dict) else None
    if body is None:
        return error(400, "Send the request as a JSON object.")
    action = body.get("action")
    if action not in ("enroll", "unenroll"):
        return error(400, "action must be 'enroll' or 'unenroll'.")
    courses_text, identifiers_text = body.get("courses"), body.get("identifiers")
    if not isinstance(courses_text, str) or not _split(courses_text):
        return error(400, "courses must be a comma-separated list of course ids.")
    if not isinstance(identifiers_text, str) or not _split(identifiers_text):
        return error(400, "identifiers must be a comma-separated list of usernames or emails.")
    flags = {k: body.get(k, False) for k in ("auto_enroll", "email_students")}
    if any(not isinstance(v, bool) for v in flags.values()):
        return error(400, "auto_enroll and email_students must be booleans.")
    course_ids = [c.strip() for c in courses_text.split(",") if c.strip()]
    cohorts = body.get("cohorts")
    if cohorts is not None and (not isinstance(cohorts, str)
                                or len(cohorts.split(",")) != len(course_ids)):
        return error(400, "cohorts must name one cohort per course.")
    if cohorts and action != "enroll":
        return error(400, "Cohorts can only be used for enrollments.")
    world = world_of(call)
    unknown = [c for c in course_ids if c not in world.courses]
    if unknown:
        return error(400, f"No course has the id {unknown[0]!r}.")
    for course_id in course_ids:
        if (refused := forbidden_unless_course_staff(call, course_id)) is not None:
            return refused
    names = [n.strip() for n in cohorts.split(",")] if isinstance(cohorts, str) else []
    chosen: dict[str, cohorts_module.Cohort] = {}
    for course_id, name in zip(course_ids, names, strict=False):
        if name:
            cohort = _cohort_named(world, course_id, name)
            if cohort is None:
                return error(400, f"{course_id} has no cohort named {name!r}.")
            chosen[course_id] = cohort
    per_course: dict[str, dict[str, Any]] = {}
    for course_id in course_ids:
        course = world.courses[course_id]
        results: list[dict[str, Any]] = []
        per_course[course_id] = {"action": action, "auto_enroll": flags["auto_enroll"],
                                 "results": results}
        for identifier in _split(identifiers_text):
            user = _user(world, identifier)
            if user is None and not EMAIL.fullmatch(identifier):
                results.append({"identifier": identifier, "invalidIdentifier": True})
                continue
            email = user.email if user is not None else identifier
            before = _state(call, course, user, email)
            if action == "enroll":
                _enroll(call, course, user, email, flags["auto_enroll"])
            else:
                _unenroll(call, course, user, email)
            after = _state(call, course, user, email)
            if course_id in chosen and user is not None and after["enrollment"]:
                before["cohort"] = _join(world, course_id, chosen[course_id], user.username)
                after["cohort"] = chosen[course_id].name
            results.append({"identifier": identifier, "before": before, "after": after})
    return Reply(200, {"action": action, **flags, "courses": per_course})


def _cohorts_of(world: World, course_id: str) -> list[cohorts_module.Cohort]:
    store: cohorts_module.Store = world.stores["cohorts"]
    return list(store.course(world, course_id).cohorts.values())


def _cohort_named(world: World, course_id: str, name: str) -> cohorts_module.Cohort | None:
    return next((c for c in _cohorts_of(world, course_id) if c.name == name), None)


def _join(world: World, course_id: str, cohort: cohorts_module.Cohort, username: str) -> str | None:
    """Put the user in the cohort, out of any other of the course; the previous cohort's name."""
    previous = None
    for other in _cohorts_of(world, course_id):
        if username in other.members:
            previous = other.name
            if other is not cohort:
                other.members.remove(username)
    if username not in cohort.members:
        cohort.members.append(username)
    return previous


HANDLERS: dict[str, Handler] = {"bulk_enroll_create": bulk_enroll_create}
