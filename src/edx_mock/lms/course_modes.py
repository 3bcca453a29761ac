"""LMS course modes: list, create, read, merge-patch and delete the modes of a course.

What the doc states: a course's modes as a list; create with course_id, mode_slug,
mode_display_name and currency; read, merge-patch (204) and delete (204) one mode; 404 for an
unknown course.

What the platform does (the course modes REST views and serializer, cited in the
description): every mode is answered with all ten fields, null for an unset upgrade
deadline, description or SKU; listing filters by the course key without looking the course
up, so an unknown course lists no modes (200, []); a patch may not change course_id or
mode_slug (400).

Modelled otherwise: reading is open to any signed-in user and changing needs course staff
(the platform admits global staff or a client with the course modes scope for all five); a
new mode belongs to the course of the path, whatever course_id the body repeats (the
platform creates it in the body's course); a slug the course already has, or one that is
not a slug (letters, digits, `_`, `-`), is refused with 400.
"""

from __future__ import annotations

import re
from typing import Any

from ..calls import Call, Handler, Reply, error
from .access import forbidden_unless_course_staff
from .common import course_or_none, is_course_key

# A slug is a path segment of the mode's URL: "." or "a/b" could never be read back.
SLUG = re.compile(r"[\w-]{1,100}")
WRITABLE = ("mode_display_name", "min_price", "currency", "expiration_datetime",
            "expiration_datetime_is_explicit", "description", "sku", "bulk_sku")


def _course(call: Call) -> Any:
    return course_or_none(call, call.path["course_id"])


NULLABLE = ("expiration_datetime", "description", "sku", "bulk_sku")


def _record(mode: dict[str, Any]) -> dict[str, Any]:
    """The mode with every field the platform's serializer answers (null where unset)."""
    return {"min_price": 0, "expiration_datetime_is_explicit": False,
            **{key: None for key in NULLABLE}, **mode}


def course_modes_list(call: Call) -> Reply:
    course = _course(call)
    if course is None:
        if is_course_key(call.path["course_id"]):
            return Reply(200, [])  # the platform filters by key without looking the course up
        return error(404, "No course has this id.")
    return Reply(200, [_record(m) for m in course.modes.values()])


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
    return Reply(201, _record(mode))


def course_modes_retrieve(call: Call) -> Reply:
    course = _course(call)
    mode = course.modes.get(call.path["mode_slug"]) if course is not None else None
    if mode is None:
        return error(404, "No such course or mode.")
    return Reply(200, _record(mode))


def course_modes_partial_update(call: Call) -> Reply:
    course = _course(call)
    mode = course.modes.get(call.path["mode_slug"]) if course is not None else None
    if course is None or mode is None:
        return error(404, "No such course or mode.")
    if (refused := forbidden_unless_course_staff(call, course.id)) is not None:
        return refused
    patch: dict[str, Any] = call.body or {}
    if unchangeable := sorted({"course_id", "mode_slug"} & set(patch)):
        return error(400, f"{', '.join(unchangeable)}: this field cannot be modified.")
    for key in WRITABLE:
        if key not in patch:
            continue
        if patch[key] is None:  # JSON merge patch: null unsets the member
            mode[key] = None if key in NULLABLE else mode.get(key)
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
