"""LMS enrollments: enroll, read, list with filters, unenroll, and the caller's roles.

What the doc states (lms-api.txt, Enrollment API): a user reads their own enrollments; for
another user, only courses where the caller is course staff are listed; global staff see
all; `/enrollments/` is global staff only and answers an empty page for unknown courses or
users but 400 for malformed ones. It names no field of any body.

What the platform does (the enrollments app's views and serializers, cited in the
description): an enrollment carries the course's enrollment information (schedule, pacing,
modes); enrolling reads `user`, `email`, `mode`, `is_active` and `course_details.course_id`;
enrolling someone else is for global staff and server-to-server calls (anyone else is answered
404, and a user who does not exist 406), and other callers may only ask for audit or honor
(403); reading another user's enrollment is for global staff only (404 otherwise); an unknown
course's enrollment information is a 400; unenrolling (retirement) answers the organizations
of the user's courses, or 204 when nothing was active, and 404 for a user it cannot retire.

Not modelled: the platform answers 200 with an empty body for an enrollment that does not
exist; the fake answers 404. Enrollment attributes, cohorts, email opt-in, enterprise and
forced enrollments, embargoes and expired modes are accepted and ignored.
"""

from __future__ import annotations

from typing import Any

from ..calls import Call, Handler, Reply, error
from ..pagination import cursor_page
from .access import caller, forbidden_unless_global_staff, is_course_staff, is_global_staff, world_of
from .common import is_course_key, now, text
from .world import Course, Enrollment


def enrollment_json(enrollment: Enrollment, course: Course) -> dict[str, Any]:
    return {
        "created": enrollment.created, "mode": enrollment.mode, "is_active": enrollment.is_active,
        "user": enrollment.username, "course_details": course_details(course),
    }


def course_details(course: Course) -> dict[str, Any]:
    return {
        "course_id": course.id, "course_name": course.name, "enrollment_start": None,
        "enrollment_end": None, "course_start": course.start, "course_end": course.end,
        "invite_only": False, "pacing_type": "Self Paced" if course.self_paced else "Instructor Paced",
        "course_modes": [
            {"slug": m["mode_slug"], "name": m["mode_display_name"], "min_price": m.get("min_price", 0),
             "suggested_prices": "", "currency": m["currency"],
             "expiration_datetime": m.get("expiration_datetime"), "description": m.get("description"),
             "sku": m.get("sku"), "bulk_sku": m.get("bulk_sku")}
            for m in course.modes.values()
        ],
    }


def enrollment_list(call: Call) -> Reply:
    world, me = world_of(call), caller(call)
    username = call.query.get("user") or (me.username if me else None)
    visible = [
        e for e in world.enrollments.values()
        if e.username == username and e.is_active
        and (me is not None and me.username == username or is_course_staff(call, e.course_id))
    ]
    return Reply(200, [enrollment_json(e, world.courses[e.course_id]) for e in visible])


def enrollment_create(call: Call) -> Reply:
    world, me = world_of(call), caller(call)
    body: dict[str, Any] = call.body if isinstance(call.body, dict) else {}
    details = body.get("course_details")
    course_id = details.get("course_id") if isinstance(details, dict) else None
    course = world.courses.get(course_id) if isinstance(course_id, str) else None
    if course is None:
        return Reply(400, {"message": "course_details.course_id must name an existing course."})
    server_to_server = is_global_staff(call)
    username = text(body.get("user"))
    email = text(body.get("email")) if username is None else None
    if (username is not None and (me is None or username != me.username) or email is not None) \
            and not server_to_server:
        return error(404, "Only staff may enroll another user.")
    if email is not None:
        username = next((u.username for u in world.users.values() if u.email == email), None)
        if username is None:
            return Reply(406, {"message": f"No user has the email address {email!r}."})
    username = username or (me.username if me else "")
    if body.get("mode") not in ("audit", "honor", None) and not server_to_server:
        return Reply(403, {"message": f"Only staff may enroll in the mode {body.get('mode')!r}."})
    if username not in world.users:
        return Reply(406, {"message": f"No user is named {username!r}."})
    existing = world.enrollments.get((username, course.id))
    mode = body.get("mode", existing.mode if existing else "audit" if "audit" in course.modes else
                    next(iter(course.modes), None))
    if not isinstance(mode, str) or mode not in course.modes:
        return Reply(400, {"message": f"The course has no mode {mode!r}.",
                           "course_details": course_details(course)})
    is_active = body.get("is_active", True)
    if not isinstance(is_active, bool):
        return Reply(400, {"message": "is_active must be a boolean."})
    changes_existing = existing is not None and (existing.mode != mode or not is_active)
    if (changes_existing or not is_active) and not server_to_server:
        return Reply(403, {"message": "Only server-to-server calls may deactivate or change the mode."})
    if existing is None:
        existing = world.enrollments[(username, course.id)] = Enrollment(
            username, course.id, mode, is_active, created=now())
    existing.mode, existing.is_active = mode, is_active
    return Reply(200, enrollment_json(existing, course))


def enrollment_retrieve(call: Call) -> Reply:
    me = caller(call)
    return _one(call, me.username if me else "", call.path["course_id"])


def enrollment_user_enrollment_retrieve(call: Call) -> Reply:
    username = call.path["username"]
    me = caller(call)
    if (me is None or me.username != username) and not is_global_staff(call):
        # The platform hides whether someone else's enrollment exists: 404 (its body is empty).
        return error(404, "No enrollment of this user in this course.")
    return _one(call, username, call.path["course_id"])


def _one(call: Call, username: str, course_id: str) -> Reply:
    world = world_of(call)
    enrollment = world.enrollments.get((username, course_id))
    if enrollment is None:
        return error(404, "No enrollment of this user in this course.")
    return Reply(200, enrollment_json(enrollment, world.courses[course_id]))


def enrollment_course_retrieve(call: Call) -> Reply:
    course = world_of(call).courses.get(call.path["course_id"])
    if course is None:
        return Reply(400, {"message": "No course has this id."})
    return Reply(200, course_details(course))


def enrollment_enrollments_list(call: Call) -> Reply:
    if (refused := forbidden_unless_global_staff(call)) is not None:
        return refused
    world = world_of(call)
    course_id = call.query.get("course_id")
    if course_id is not None and not is_course_key(course_id):
        return error(400, f"{course_id!r} is not a course id.")
    names = [n for n in str(call.query.get("username") or "").split(",") if n]
    if any(not n.replace("_", "").replace("-", "").replace(".", "").isalnum() for n in names):
        return error(400, "A username is not valid.")
    # course_ids match as parts of the course run key; email names users by address.
    parts = [c for c in str(call.query.get("course_ids") or "").split(",") if c]
    emails = {m for m in str(call.query.get("email") or "").split(",") if m}
    by_email = {u.username for u in world.users.values() if u.email in emails}
    rows = [
        {"created": e.created, "mode": e.mode, "is_active": e.is_active, "user": e.username,
         "course_id": e.course_id}
        for e in world.enrollments.values()
        if (course_id is None or e.course_id == course_id) and (not names or e.username in names)
        and (not parts or any(p.lower() in e.course_id.lower() for p in parts))
        and (not emails or e.username in by_email)
    ]
    return Reply(200, cursor_page(call, rows))


def enrollment_unenroll(call: Call) -> Reply:
    """Retirement: deactivate every enrollment of `username`; answers the organizations of
    all the user's courses, or 204 when none was active. Every user of the fake counts as
    having a retirement request; an unknown one has none (404, a JSON string)."""
    if (refused := forbidden_unless_global_staff(call)) is not None:
        return refused
    body = call.body if isinstance(call.body, dict) else {}
    username = text(body.get("username"))
    world = world_of(call)
    if username is None:
        return Reply(404, "Username not specified.")
    if username not in world.users:
        return Reply(404, "No retirement request status for username.")
    mine = [e for e in world.enrollments.values() if e.username == username]
    if not any(e.is_active for e in mine):
        return Reply(204)
    for enrollment in mine:
        enrollment.is_active = False
    return Reply(200, sorted({world.courses[e.course_id].org for e in mine if e.course_id in world.courses}))


def enrollment_roles_list(call: Call) -> Reply:
    me = caller(call)
    course_id = call.query.get("course_id")
    roles = [
        {"org": course.split(":")[-1].split("+")[0], "course_id": course, "role": role}
        for course, names in (me.course_roles.items() if me else ())
        for role in sorted(names)
        if course_id is None or course == course_id
    ]
    return Reply(200, {"roles": roles, "is_staff": bool(me and me.is_staff)})


HANDLERS: dict[str, Handler] = {
    "enrollment_list": enrollment_list,
    "enrollment_create": enrollment_create,
    "enrollment_retrieve": enrollment_retrieve,
    "enrollment_user_enrollment_retrieve": enrollment_user_enrollment_retrieve,
    "enrollment_course_retrieve": enrollment_course_retrieve,
    "enrollment_enrollments_list": enrollment_enrollments_list,
    "enrollment_unenroll": enrollment_unenroll,
    "enrollment_roles_list": enrollment_roles_list,
}
