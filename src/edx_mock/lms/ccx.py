"""LMS CCX (Custom Courses for edX): list, create, read, change and delete a master course's CCXs.

The reference's CCX section (lms-api.txt, "GET /ccx/v0/ccx/" .. "DELETE /ccx/v0/ccx/{ccx_course_id}/")
gives only the fields; it names no caller, no status and no filter, so the platform's rules
(lms/djangoapps/ccx/api/v0) are followed:

- list and create: staff of the master course (its staff or instructor role, or global staff).
  The platform requires `master_course_id` on the list; the description declares no such
  parameter, so the fake reads it from the URL when given (400 if it names no course, 403 if
  the caller is not its staff) and otherwise lists the CCXs of every master course the caller
  is staff of. `order_by` (id, display_name, start, due) and `sort_order` (asc, desc) are read
  the same way; pages past the end are empty (the description declares no 404 on the list).
- read, change, delete: staff of the master course, or the CCX's coach.
- create: the coach (`coach_email`) must be an existing user; the platform answers 404 for an
  unknown coach, which the create operation does not declare, so it is a 400 there. `start`
  and `due` must be ISO 8601 dates, `max_students_allowed` a non-negative integer. The new CCX
  is a course of its own (`ccx-v1:<master>+ccx@<n>`) in the world: the coach gets its staff
  role and is enrolled in it (audit), as the platform does, so the enrollment API shows it.
- change: `master_course_id` cannot change (403, as the platform's view answers); a change is
  answered 204 without a body (the platform's view; the overlay corrects the doc's 200); a
  new coach takes over the staff role and is enrolled. Delete removes the CCX course, its
  enrollments and its roles.

Not modelled: `course_modules` (the description types it as a string, the platform sends a
list of usage keys; it is neither stored nor answered), `max_students_allowed` is not enforced
on enrollments, the per-course "CCX enabled" setting and the coach's emails.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from ..calls import Call, Handler, Reply, error, not_found, status_for
from ..pagination import paginate
from .access import caller, forbidden_unless_course_staff, is_course_staff, world_of
from .common import now, timestamp
from .world import DEMO_COURSE, SEED_TIME, Course, Enrollment, User, World

STORE = "ccx"
ORDERINGS = ("id", "display_name", "start", "due")


def seed(world: World) -> dict[str, dict[str, Any]]:
    store: dict[str, dict[str, Any]] = {}
    master = world.courses[DEMO_COURSE]
    ccx = _new_ccx(world, master, world.users["course_staff"], "Demo CCX for the spring cohort",
                   "2026-02-15T00:00:00Z", "2026-06-30T23:59:00Z", 25, created=None)
    store[ccx["ccx_course_id"]] = ccx
    return store


def _store(call: Call) -> dict[str, dict[str, Any]]:
    store: dict[str, dict[str, Any]] = world_of(call).stores[STORE]
    return store


def _new_ccx(world: World, master: Course, coach: User, display_name: str, start: str, due: str,
             max_students: int, created: str | None) -> dict[str, Any]:
    number = world.new_id("ccx")
    ccx_id = f"ccx-v1:{master.org}+{master.number}+{master.run}+ccx@{number}"
    # The CCX is a course in its own right: the enrollment API must find it for the coach.
    world.courses[ccx_id] = Course(
        ccx_id, master.org, master.number, master.run, display_name, start=start, end=None,
        root=master.root, blocks=master.blocks,
        modes={"audit": {"course_id": ccx_id, "mode_slug": "audit", "mode_display_name": "Audit",
                         "min_price": 0, "currency": "usd", "expiration_datetime": None,
                         "expiration_datetime_is_explicit": False, "description": None,
                         "sku": None, "bulk_sku": None}},
    )
    ccx = {"number": number, "ccx_course_id": ccx_id, "master_course_id": master.id,
           "coach": coach.username, "display_name": display_name, "start": start, "due": due,
           "max_students_allowed": max_students}
    _install_coach(world, ccx, coach, created)
    return ccx


def _install_coach(world: World, ccx: dict[str, Any], coach: User, created: str | None) -> None:
    ccx_id = ccx["ccx_course_id"]
    previous = world.users.get(ccx["coach"])
    if previous is not None and previous is not coach:
        previous.course_roles.pop(ccx_id, None)
    ccx["coach"] = coach.username
    coach.course_roles.setdefault(ccx_id, set()).add("staff")
    existing = world.enrollments.get((coach.username, ccx_id))
    if existing is not None:
        existing.is_active = True
    else:
        world.enrollments[(coach.username, ccx_id)] = Enrollment(
            coach.username, ccx_id, "audit", created=created or SEED_TIME)


def ccx_json(world: World, ccx: dict[str, Any]) -> dict[str, Any]:
    coach = world.users.get(ccx["coach"])
    return {"ccx_course_id": ccx["ccx_course_id"], "master_course_id": ccx["master_course_id"],
            "coach_email": coach.email if coach else "", "display_name": ccx["display_name"],
            "start": ccx["start"], "due": ccx["due"],
            "max_students_allowed": ccx["max_students_allowed"]}


def _date(value: Any) -> str | None:
    """The ISO 8601 date as the platform writes it (UTC, `Z`), or None if it is not one."""
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return timestamp(parsed)


def _coach_by_email(world: World, email: Any) -> User | None:
    if not isinstance(email, str):
        return None
    wanted = email.strip().lower()
    return next((u for u in world.users.values() if u.email.lower() == wanted and u.is_active), None)


def _fields(call: Call, body: dict[str, Any]) -> tuple[dict[str, Any], Reply | None]:
    """The writable fields of a body, checked; the body's schema already gave their JSON types,
    but a free-form caller of the fake could still send anything."""
    values: dict[str, Any] = {}
    if "display_name" in body:
        name = body["display_name"]
        if not isinstance(name, str) or not name.strip():
            return values, error(400, "display_name must be a non-empty string.")
        values["display_name"] = name.strip()
    for key in ("start", "due"):
        if key in body:
            date = _date(body[key])
            if date is None:
                return values, error(400, f"{key} must be an ISO 8601 date.")
            values[key] = date
    if "max_students_allowed" in body:
        limit = body["max_students_allowed"]
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
            return values, error(400, "max_students_allowed must be a non-negative integer.")
        values["max_students_allowed"] = limit
    return values, None


def ccx_list(call: Call) -> Reply:
    world = world_of(call)
    params = call.raw_query
    master_id = params.get("master_course_id")
    if master_id is not None:
        if (refused := forbidden_unless_course_staff(call, master_id)) is not None:
            return refused
        if master_id not in world.courses:
            return error(400, f"No master course {master_id!r}.")
    rows = [c for c in _store(call).values()
            if (c["master_course_id"] == master_id if master_id is not None
                else is_course_staff(call, c["master_course_id"]))]
    order = params.get("order_by")
    key = order if order in ORDERINGS else "id"
    rows.sort(key=lambda c: c["number"] if key == "id" else c[key],
              reverse=params.get("sort_order") == "desc")
    return Reply(200, paginate(call, [ccx_json(world, c) for c in rows]))


def ccx_create(call: Call) -> Reply:
    world = world_of(call)
    body = call.body if isinstance(call.body, dict) else None
    if body is None:
        return error(400, "Send the CCX as a JSON object.")
    master_id = body.get("master_course_id")
    if not isinstance(master_id, str):
        return error(400, "master_course_id is required.")
    if (refused := forbidden_unless_course_staff(call, master_id)) is not None:
        return refused
    master = world.courses.get(master_id)
    if master is None or master_id.startswith("ccx-v1:"):
        return error(400, f"No master course {master_id!r}.")
    missing = [k for k in ("display_name", "start", "due", "max_students_allowed", "coach_email")
               if k not in body]
    if missing:
        return error(400, f"Required: {', '.join(missing)}.")
    values, refused = _fields(call, body)
    if refused is not None:
        return refused
    coach = _coach_by_email(world, body["coach_email"])
    if coach is None:
        return error(status_for(call, 404), "No user has the coach's email address.")
    ccx = _new_ccx(world, master, coach, values["display_name"], values["start"], values["due"],
                   values["max_students_allowed"], created=now())
    _store(call)[ccx["ccx_course_id"]] = ccx
    return Reply(201, ccx_json(world, ccx))


def _found(call: Call) -> tuple[dict[str, Any] | None, Reply | None]:
    """The CCX of the path, if the caller is its master course's staff or its coach."""
    ccx = _store(call).get(call.path["ccx_course_id"])
    if ccx is None:
        return None, not_found(call, "No CCX course has this id.")
    me = caller(call)
    if me is not None and me.username == ccx["coach"]:
        return ccx, None
    return ccx, forbidden_unless_course_staff(call, ccx["master_course_id"])


def ccx_retrieve(call: Call) -> Reply:
    ccx, refused = _found(call)
    if refused is not None or ccx is None:
        return refused or error(404, "No CCX course has this id.")
    return Reply(200, ccx_json(world_of(call), ccx))


def ccx_partial_update(call: Call) -> Reply:
    ccx, refused = _found(call)
    if refused is not None or ccx is None:
        return refused or error(404, "No CCX course has this id.")
    world = world_of(call)
    body = call.body if isinstance(call.body, dict) else None
    if body is None:
        return error(400, "Send the changes as a JSON object.")
    if "master_course_id" in body and body["master_course_id"] != ccx["master_course_id"]:
        return error(403, "master_course_id cannot be changed.")
    values, refused = _fields(call, body)
    if refused is not None:
        return refused
    coach = None
    if "coach_email" in body:
        coach = _coach_by_email(world, body["coach_email"])
        if coach is None:
            return error(status_for(call, 404), "No user has the coach's email address.")
    ccx.update(values)
    course = world.courses[ccx["ccx_course_id"]]
    course.name, course.start = ccx["display_name"], ccx["start"]
    if coach is not None and coach.username != ccx["coach"]:
        _install_coach(world, ccx, coach, now())
    # The platform answers a change with 204 and no body (the overlay corrects the doc's 200).
    return Reply(204)


def ccx_delete(call: Call) -> Reply:
    ccx, refused = _found(call)
    if refused is not None or ccx is None:
        return refused or error(404, "No CCX course has this id.")
    world = world_of(call)
    ccx_id = ccx["ccx_course_id"]
    del _store(call)[ccx_id]
    world.courses.pop(ccx_id, None)
    # Enrollments and roles in a course that no longer exists would break every reader.
    for key in [k for k in world.enrollments if k[1] == ccx_id]:
        del world.enrollments[key]
    for user in world.users.values():
        user.course_roles.pop(ccx_id, None)
    return Reply(204)


HANDLERS: dict[str, Handler] = {
    "ccx_list": ccx_list,
    "ccx_create": ccx_create,
    "ccx_retrieve": ccx_retrieve,
    "ccx_partial_update": ccx_partial_update,
    "ccx_delete": ccx_delete,
}
