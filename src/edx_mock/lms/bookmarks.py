"""LMS bookmarks: a user's bookmarks of course blocks, listed, created, read and deleted.

The reference (Bookmarks section) states: the list is the requesting user's, newest first,
10 a page unless `page_size` says otherwise, filtered by `course_id`, with the optional
fields `display_name` and `path` on request; creating takes only `usage_id` and answers 400
when it is malformed or names no block. The rest is the platform's (openedx bookmarks app),
as the description types it:

- A bookmark is `{id, course_id, usage_id, block_type, created}`, plus `display_name` and
  `path` (the ancestors below the course, each `{usage_key, display_name}`) when asked for;
  a create answers all of them. The list is edx-drf-extensions' page envelope (num_pages,
  current_page, start).
- Own user only: reading or deleting under another user's name answers 403, as the
  platform's user-in-URL permission does; an unknown bookmark of one's own is 404.
- A block must belong to a course the user is enrolled in (or is staff of): the brief's
  rule, since a bookmark of a course one cannot open is useless; the platform checks only
  that the block exists. Otherwise 400, as for an unknown block.
- Bookmarking a block twice answers the existing bookmark (the platform's get_or_create),
  and a course holds at most 100 bookmarks of a user (400 beyond).
- A `course_id` filter that is not a course key matches nothing (an empty page, as the
  platform's queryset is empty); a page outside the list answers 404, as the platform's
  paginator does; `page_size` above 100 is cut to 100.

Not modelled: bookmarks following blocks when the course is republished.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..calls import Call, Handler, Reply, error, not_found
from ..pagination import PageWindow, numbered_envelope
from .access import caller, is_course_staff, world_of
from .common import is_course_key, now
from .world import DEMO_COURSE, SEED_TIME, Course, World

MAX_PER_COURSE = 100
OPTIONAL_FIELDS = ("display_name", "path")


@dataclass
class Bookmark:
    username: str
    course_id: str
    usage_id: str
    created: str
    order: int  # creation order, finer than the created time's seconds


def seed(world: World) -> dict[tuple[str, str], Bookmark]:
    """Two bookmarks of `verified` in the demo course: the first graded homework's problem and
    the final exam's first problem, one day apart."""
    course = world.courses[DEMO_COURSE]
    graded = [b for b in course.walk() if b.graded and b.type == "problem"]
    marks = {}
    for day, block in enumerate((graded[0], graded[-2])):
        created = SEED_TIME.replace("05T", f"{5 + day:02d}T")
        marks[("verified", block.id)] = Bookmark("verified", course.id, block.id, created,
                                                 world.new_id("bookmark"))
    return marks


def _store(call: Call) -> dict[tuple[str, str], Bookmark]:
    marks: dict[tuple[str, str], Bookmark] = world_of(call).stores["bookmarks"]
    return marks


def _fields(call: Call) -> set[str]:
    return {f.strip() for f in str(call.query.get("fields") or "").split(",")} & set(OPTIONAL_FIELDS)


def bookmark_json(call: Call, mark: Bookmark, fields: set[str]) -> dict[str, Any]:
    course = world_of(call).courses[mark.course_id]
    block = course.blocks.get(mark.usage_id)
    body: dict[str, Any] = {
        "id": f"{mark.username},{mark.usage_id}", "course_id": mark.course_id,
        "usage_id": mark.usage_id, "block_type": block.type if block else None,
        "created": mark.created,
    }
    if "display_name" in fields:
        body["display_name"] = block.display_name if block else ""
    if "path" in fields:
        body["path"] = _path(course, mark.usage_id)
    return body


def _path(course: Course, usage_id: str) -> list[dict[str, str]]:
    """The block's ancestors below the course (chapter, subsection, unit), outermost first."""
    parents = {child: block.id for block in course.blocks.values() for child in block.children}
    path: list[dict[str, str]] = []
    at = parents.get(usage_id)
    while at is not None and at != course.root:
        path.insert(0, {"usage_key": at, "display_name": course.blocks[at].display_name})
        at = parents.get(at)
    return path


def bookmarks_list(call: Call) -> Reply:
    me = caller(call)
    course_id = call.query.get("course_id") or None  # the platform ignores an empty filter
    # A filter that is not a course key matches nothing: the platform's queryset is empty.
    valid_filter = course_id is None or is_course_key(course_id)
    marks = sorted((m for m in _store(call).values()
                    if valid_filter and me is not None and m.username == me.username
                    and (course_id is None or m.course_id == course_id)),
                   key=lambda m: m.order, reverse=True)
    window = PageWindow.asked(call.query, len(marks))
    if not window.exists:
        return not_found(call, f"Invalid page: the list has {window.pages} page(s).")
    fields = _fields(call)
    return Reply(200, numbered_envelope(window, [bookmark_json(call, m, fields) for m in marks],
                                        call.url))


def bookmarks_create(call: Call) -> Reply:
    world, me = world_of(call), caller(call)
    body = call.body if isinstance(call.body, dict) else {}
    usage_id = body.get("usage_id")
    if not isinstance(usage_id, str) or not usage_id.startswith("block-v1:"):
        return error(400, f"Invalid usage_id: {usage_id!r}.")
    course = next((c for c in world.courses.values() if usage_id in c.blocks), None)
    if course is None or me is None:
        return error(400, f"Block with usage_id: {usage_id} not found.")
    if world.enrollment(me.username, course.id) is None and not is_course_staff(call, course.id):
        return error(400, f"Block with usage_id: {usage_id} not found in a course you are enrolled in.")
    marks = _store(call)
    mark = marks.get((me.username, usage_id))
    if mark is None:
        if sum(m.username == me.username and m.course_id == course.id
               for m in marks.values()) >= MAX_PER_COURSE:
            return error(400, f"You can create up to {MAX_PER_COURSE} bookmarks in a course.")
        mark = marks[(me.username, usage_id)] = Bookmark(
            me.username, course.id, usage_id, now(), world.new_id("bookmark"))
    return Reply(201, bookmark_json(call, mark, set(OPTIONAL_FIELDS)))


def _own(call: Call) -> Bookmark | Reply:
    me = caller(call)
    if me is None or call.path["username"].lower() != me.username.lower():
        return error(403, "Only the user named in the path may use their bookmarks.")
    mark = _store(call).get((me.username, call.path["usage_id"]))
    if mark is None:
        return not_found(call, "No bookmark of yours on this block.")
    return mark


def bookmarks_retrieve(call: Call) -> Reply:
    mark = _own(call)
    if isinstance(mark, Reply):
        return mark
    return Reply(200, bookmark_json(call, mark, _fields(call)))


def bookmarks_delete(call: Call) -> Reply:
    mark = _own(call)
    if isinstance(mark, Reply):
        return mark
    del _store(call)[(mark.username, mark.usage_id)]
    return Reply(204)


HANDLERS: dict[str, Handler] = {
    "bookmarks_list": bookmarks_list,
    "bookmarks_create": bookmarks_create,
    "bookmarks_retrieve": bookmarks_retrieve,
    "bookmarks_delete": bookmarks_delete,
}
