"""LMS course entitlements: list, create, read, replace, change and revoke entitlements, and
enroll in (or leave) a course run with one.

The reference's Entitlements section (lms-api.txt, "GET /entitlements/v1/entitlements/" ..
"DELETE /entitlements/v1/entitlements/{uuid}/enrollments") documents the fields, the `uuid`
and `user` filters, and the enrollment rules: the run must belong to the entitlement's course,
enrolling again moves the user from the old run to the new one, and `is_refund` on the
unenrollment also expires the entitlement (the platform reads it from the query string, where
the overlay puts it; leaving a run the user is not in answers 204, as on the platform). It
names no caller, so the platform's rules
(common/djangoapps/entitlements/rest_api/v1) are followed:

- Reads: global staff see every entitlement; any other user sees only their own (a `user`
  filter naming someone else gives an empty page, another user's entitlement answers 404,
  as the platform's filtered queryset does).
- Writes (create, replace, change, revoke): global staff only (403 otherwise).
- Enrolling and unenrolling with an entitlement: its user, or global staff (403 otherwise).
  The platform answers 400 for an unknown entitlement; these operations declare 404, used here.
- DELETE revokes, as the platform's view does and the description now says (the reference
  names only the view): the user leaves the run enrolled with it and the entitlement is
  expired (`expired_at` set) but stays readable; deleting it again answers 204 again. An
  expired entitlement (revoked, or set through PUT or PATCH) can no longer be used to enroll.
- Creating links the user's one active enrollment in a run of the course, if there is exactly
  one, and moves it to the entitlement's mode, as the platform does.

A course's UUID is derived from its org and number (`course_uuid(course)`); its runs are the
world's `course-v1` courses with that org and number.

Not modelled: the expiration policy (entitlements are never expired by age), refund windows
(an entitlement is refundable unless `refund_locked`), the refund itself, `support_details`
and `email_opt_in`. `enrollment_course_run` and `order_number` are left out while unset,
because the description types them as strings.
"""

from __future__ import annotations

from typing import Any

from ..calls import Call, Handler, Reply, error
from ..pagination import teams_page as numbered_page
from ..state import derived_uuid
from .access import caller, forbidden_unless_global_staff, forbidden_unless_self_or_staff, world_of
from .common import now
from .world import DEMO_COURSE, SEED_TIME, Course, Enrollment, World

STORE = "entitlements"
WRITABLE = ("user", "course_uuid", "mode", "expired_at", "refund_locked", "order_number")


def course_uuid(course: Course) -> str:
    """The catalog UUID of the course (not the run) a world course is a run of."""
    return derived_uuid("catalog-course", course.org, course.number)


def seed(world: World) -> dict[str, dict[str, Any]]:
    course = world.courses[DEMO_COURSE]
    uuid = derived_uuid("entitlement", "verified", DEMO_COURSE)
    return {uuid: {
        "uuid": uuid, "user": "verified", "course_uuid": course_uuid(course), "mode": "verified",
        "expired_at": None, "refund_locked": False, "order_number": "EDX-100001",
        "enrollment_course_run": DEMO_COURSE, "created": SEED_TIME, "modified": SEED_TIME,
    }}


def _store(call: Call) -> dict[str, dict[str, Any]]:
    store: dict[str, dict[str, Any]] = world_of(call).stores[STORE]
    return store


def _runs(world: World, uuid: str) -> list[Course]:
    return [c for c in world.courses.values()
            if c.id.startswith("course-v1:") and course_uuid(c) == uuid]


def entitlement_json(world: World, entitlement: dict[str, Any]) -> dict[str, Any]:
    shown = {k: v for k, v in entitlement.items()
             if k != "enrollment_course_run" and (v is not None or k == "expired_at")}
    run = entitlement["enrollment_course_run"]
    if run is not None and world.enrollment(entitlement["user"], run) is not None:
        shown["enrollment_course_run"] = run
    return shown


def _visible(call: Call, entitlement: dict[str, Any]) -> bool:
    me = caller(call)
    return me is not None and (me.is_staff or me.username == entitlement["user"])


def entitlements_list(call: Call) -> Reply:
    world = world_of(call)
    user, uuid = call.query.get("user"), call.query.get("uuid")
    rows = [entitlement_json(world, e) for e in _store(call).values()
            if _visible(call, e) and (user is None or e["user"] == user)
            and (uuid is None or e["uuid"] == uuid)]
    # The platform pages with edx-drf-extensions' DefaultPagination: num_pages, current_page, start.
    return Reply(200, numbered_page(call, rows))


def _checked(call: Call, body: Any, partial: bool) -> tuple[dict[str, Any], Reply | None]:
    """The writable fields of a body, checked (the fake may get anything from a free caller)."""
    if not isinstance(body, dict):
        return {}, error(400, "Send the entitlement as a JSON object.")
    world = world_of(call)
    values = {k: body[k] for k in WRITABLE if k in body}
    if not partial:
        missing = [k for k in ("user", "course_uuid", "mode") if k not in values]
        if missing:
            return {}, error(400, f"Required: {', '.join(missing)}.")
        values = {"expired_at": None, "refund_locked": False, "order_number": None, **values}
    if "user" in values and values["user"] not in world.users:
        return {}, error(400, f"No user is named {values['user']!r}.")
    for key in ("course_uuid", "mode"):
        if key in values and (not isinstance(values[key], str) or not values[key].strip()):
            return {}, error(400, f"{key} must be a non-empty string.")
    if "expired_at" in values and values["expired_at"] is not None and not isinstance(
            values["expired_at"], str):
        return {}, error(400, "expired_at must be a date or null.")
    if "refund_locked" in values and not isinstance(values["refund_locked"], bool):
        return {}, error(400, "refund_locked must be a boolean.")
    if values.get("order_number") is not None and not isinstance(values["order_number"], str):
        return {}, error(400, "order_number must be a string.")
    return values, None


def entitlements_create(call: Call) -> Reply:
    if (refused := forbidden_unless_global_staff(call)) is not None:
        return refused
    values, refused = _checked(call, call.body, partial=False)
    if refused is not None:
        return refused
    world = world_of(call)
    stamp = now()
    uuid = derived_uuid("entitlement", world.new_id("entitlement"), values["user"])
    entitlement = {"uuid": uuid, **values, "enrollment_course_run": None, "created": stamp,
                   "modified": stamp}
    # The platform upgrades the user's enrollment when exactly one run of the course has one.
    enrolled = [e for c in _runs(world, values["course_uuid"])
                if (e := world.enrollment(values["user"], c.id)) is not None]
    if len(enrolled) == 1 and values["mode"] in world.courses[enrolled[0].course_id].modes:
        enrolled[0].mode = values["mode"]
        entitlement["enrollment_course_run"] = enrolled[0].course_id
    _store(call)[uuid] = entitlement
    return Reply(201, entitlement_json(world, entitlement))


def _one(call: Call) -> dict[str, Any] | None:
    entitlement = _store(call).get(str(call.path["uuid"]))
    return entitlement if entitlement is not None and _visible(call, entitlement) else None


def entitlements_retrieve(call: Call) -> Reply:
    entitlement = _one(call)
    if entitlement is None:
        return error(404, "No entitlement has this uuid.")
    return Reply(200, entitlement_json(world_of(call), entitlement))


def _write(call: Call, partial: bool) -> Reply:
    entitlement = _store(call).get(str(call.path["uuid"]))
    if entitlement is None:
        return error(404, "No entitlement has this uuid.")
    if (refused := forbidden_unless_global_staff(call)) is not None:
        return refused
    values, refused = _checked(call, call.body, partial)
    if refused is not None:
        return refused
    entitlement.update(values, modified=now())
    return Reply(200, entitlement_json(world_of(call), entitlement))


def entitlements_update(call: Call) -> Reply:
    return _write(call, partial=False)


def entitlements_partial_update(call: Call) -> Reply:
    return _write(call, partial=True)


def _unenroll(world: World, entitlement: dict[str, Any]) -> bool:
    run = entitlement["enrollment_course_run"]
    entitlement["enrollment_course_run"] = None
    enrollment = world.enrollment(entitlement["user"], run) if run else None
    if enrollment is None:
        return False
    enrollment.is_active = False
    return True


def entitlements_delete(call: Call) -> Reply:
    entitlement = _store(call).get(str(call.path["uuid"]))
    if entitlement is None:
        return error(404, "No entitlement has this uuid.")
    if (refused := forbidden_unless_global_staff(call)) is not None:
        return refused
    # The platform's view revokes rather than deletes: expired, out of its run, still readable.
    _unenroll(world_of(call), entitlement)
    if entitlement["expired_at"] is None:
        entitlement["expired_at"] = entitlement["modified"] = now()
    return Reply(204)


def _for_enrollment(call: Call) -> tuple[dict[str, Any] | None, Reply | None]:
    entitlement = _store(call).get(str(call.path["uuid"]))
    if entitlement is None:
        return None, error(404, "No entitlement has this uuid.")
    if (refused := forbidden_unless_self_or_staff(call, entitlement["user"])) is not None:
        return None, refused
    return entitlement, None


def entitlements_enrollments_create(call: Call) -> Reply:
    entitlement, refused = _for_enrollment(call)
    if entitlement is None:
        return refused or error(404, "No entitlement has this uuid.")
    if entitlement["expired_at"] is not None:
        return error(400, "The entitlement is expired.")
    body = call.body if isinstance(call.body, dict) else {}
    run_id = body.get("course_run_id")
    if not isinstance(run_id, str) or not run_id:
        return error(400, "The course run id was not provided.")
    world = world_of(call)
    run = world.courses.get(run_id)
    if run is None or run not in _runs(world, entitlement["course_uuid"]):
        return error(400, "The course run is not a run of the entitlement's course.")
    if entitlement["mode"] not in run.modes:
        return error(400, f"The course run has no {entitlement['mode']!r} mode.")
    username = entitlement["user"]
    if entitlement["enrollment_course_run"] != run_id:
        # Switching sessions: the platform leaves the old run before joining the new one.
        _unenroll(world, entitlement)
    enrollment = world.enrollments.get((username, run_id))
    if enrollment is None:
        world.enrollments[(username, run_id)] = Enrollment(username, run_id, entitlement["mode"],
                                                           created=now())
    else:
        enrollment.mode, enrollment.is_active = entitlement["mode"], True
    entitlement["enrollment_course_run"] = run_id
    entitlement["modified"] = now()
    return Reply(201, {"course_run_id": run_id})


def entitlements_enrollments_delete(call: Call) -> Reply:
    entitlement, refused = _for_enrollment(call)
    if entitlement is None:
        return refused or error(404, "No entitlement has this uuid.")
    # The platform reads is_refund from the query string (the overlay moves it there).
    is_refund = call.query.get("is_refund") is True
    world = world_of(call)
    if is_refund:
        if entitlement["refund_locked"] or entitlement["expired_at"] is not None:
            return error(400, "The entitlement is not refundable.")
        _unenroll(world, entitlement)
        entitlement["expired_at"] = entitlement["modified"] = now()
        return Reply(204)
    # Not enrolled with the entitlement: the platform has nothing to do and answers 204 all the same.
    if _unenroll(world, entitlement):
        entitlement["modified"] = now()
    return Reply(204)


HANDLERS: dict[str, Handler] = {
    "entitlements_list": entitlements_list,
    "entitlements_create": entitlements_create,
    "entitlements_retrieve": entitlements_retrieve,
    "entitlements_update": entitlements_update,
    "entitlements_partial_update": entitlements_partial_update,
    "entitlements_delete": entitlements_delete,
    "entitlements_enrollments_create": entitlements_enrollments_create,
    "entitlements_enrollments_delete": entitlements_enrollments_delete,
}
