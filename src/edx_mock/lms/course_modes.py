"""LMS course modes: list, create, read, merge-patch and delete the modes of a course.

Reading is open to any signed-in user; changing needs course staff (the reference states no
rule, the platform's view is staff-only). Enrollments check their mode against these.
- A new mode belongs to the course of the path, whatever course_id the body repeats.
- A slug the course already has, or one that is not a slug (letters, digits, `_`, `-`), is
  refused with 400.
- A patch changes the members in WRITABLE: the course and slug name the mode, and the path
  already does.
"""

from __future__ import annotations

import re
from typing import Any

from ..calls import Call, Handler, Reply, error
from .access import forbidden_unless_course_staff
from .common import course_or_none

# A slug is a path segment of the mode's URL: "." or "a/b" could never be read back.
SLUG = re.compile(r"[\w-]{1,100}")
WRITABLE = ("mode_display_name", "min_price", "currency", "expiration_datetime",
            "expiration_datetime_is_explicit", "description", "sku", "bulk_sku")


def _course(call: Call) -> Any:
    return course_or_none(call, call.path["course_id"])


def course_modes_list(call: Call) -> Reply:
    course = _course(call)
    if course is None:
        return error(404, "No course has this id.")
    return Reply(200, list(course.modes.values()))


def course_modes_create(call: Call) -> Reply:
    course = _course(call)
    if course is None:
        return error(404, "No course has this id.")
    if (refused := forbidden_unless_course_staff(call, course.id)) is not None:
        return refused
    body: dict[str, Any] = call.body
    slug = body["mode_slug"]
    if not SLUG.fullmatch(slug):
        return error(400, "mode_slug may hold only letters, digits, '_' and '-'.")
    if slug in course.modes:
        return error(400, f"The course already has a mode {slug!r}.")
    mode = {"course_id": course.id, "mode_slug": slug, "min_price": 0,
            "expiration_datetime_is_explicit": False}
    mode.update({key: body[key] for key in WRITABLE if key in body})
    course.modes[slug] = mode
    return Reply(201, mode)


def course_modes_retrieve(call: Call) -> Reply:
    course = _course(call)
    mode = course.modes.get(call.path["mode_slug"]) if course is not None else None
    if mode is None:
        return error(404, "No such course or mode.")
    return Reply(200, mode)


def course_modes_partial_update(call: Call) -> Reply:
    course = _course(call)
    mode = course.modes.get(call.path["mode_slug"]) if course is not None else None
    if course is None or mode is None:
        return error(404, "No such course or mode.")
    if (refused := forbidden_unless_course_staff(call, course.id)) is not None:
        return refused
    patch: dict[str, Any] = call.body or {}
    for key in WRITABLE:
        if key not in patch:
            continue
        if patch[key] is None:  # JSON merge patch: null removes the member
            mode.pop(key, None)
        else:
            mode[key] = patch[key]
    return Reply(204)


def course_modes_delete(call: Call) -> Reply:
    course = _course(call)
    if course is None or call.path["mode_slug"] not in course.modes:
        return error(404, "No such course or mode.")
    if (refused := forbidden_unless_course_staff(call, course.id)) is not None:
        return refused
    del course.modes[call.path["mode_slug"]]
    return Reply(204)


HANDLERS: dict[str, Handler] = {
    "course_modes_list": course_modes_list,
    "course_modes_create": course_modes_create,
    "course_modes_retrieve": course_modes_retrieve,
    "course_modes_partial_update": course_modes_partial_update,
    "course_modes_delete": course_modes_delete,
}
