"""LMS Course Blocks API (v1 and v2): a course's block tree, or a subtree, as the caller may
see it, read from the world's block tree of a course.

Rules (reference §GET /courses/v1/blocks/ and §.../blocks/{usage_key_string}):
`course_id` missing or not a course answers 400 (a course that does not exist too: the list
declares no 404); `all_blocks=true` needs course staff; otherwise `username` is required, a
blank one asks for the anonymous view (the demo course is not public: 403), and only course
staff may name another user. The platform's rule that the blocks of a course the user is not
enrolled in are refused (403) applies to the user whose blocks are asked for. `depth` (0 by
default: the start block alone, or `all`), `requested_fields` (children, graded, format, due,
completion, show_correctness, student_view_multi_device), `block_counts`,
`student_view_data` (video and html), `block_types_filter` and `return_type` are modelled;
v2 answers as v1. Not modelled: `nav_depth`, `lti_url`, `page`/`page_size` (the platform
does not page blocks), visibility rules (every block is visible to whoever may see the
course, so `all_blocks` adds nothing), COURSE_BLOCKS_API_EXTRA_FIELDS.

Course list (§GET /courses/v1/courses/): the doc gives both a page-number envelope and a bare
array; as the platform's namespaced paginator does, the fake answers `results` with a nested
`pagination` object (count, next, previous, num_pages), a page past the end being a 404. Every
course of the world is listed, filtered by `org` (case-insensitively), `course_keys` and
`active_only`; naming another user needs staff (403), an unknown one is a 404. Not modelled:
`search_term`, `permissions`, `mobile`, `mobile_search`, catalog visibility, about-page texts
(effort and short description are null), enrollment windows (null) and course images.
"""

from __future__ import annotations

from typing import Any

from ..calls import Call, Handler, Reply, error, not_found, status_for
from ..pagination import PageWindow, discussion_envelope
from .access import caller, is_course_staff, is_global_staff, world_of
from .common import CONTAINERS, is_course_key, lms_web_url, now
from .world import USAGE_KEY, Block, Course

LEAVES_WITH_DATA: dict[str, dict[str, Any]] = {
    "video": {"only_on_web": False, "duration": None, "transcripts": {}, "encoded_videos": {},
              "all_sources": []},
    "html": {"last_modified": None, "html_data": None, "size": 0, "index_page": "index.html",
             "icon_class": "other"},
}


def courses_blocks_list(call: Call) -> Reply:
    course_id = call.query["course_id"]
    if not is_course_key(course_id):
        return error(400, f"{course_id!r} is not a valid course_id.")
    course = world_of(call).courses.get(course_id)
    if course is None:
        return error(status_for(call, 404), f"No course {course_id!r}.")
    return _blocks(call, course, course.root)


def courses_blocks_retrieve(call: Call) -> Reply:
    usage_key = call.path["usage_key_string"]
    course = next((c for c in world_of(call).courses.values() if usage_key in c.blocks), None)
    if course is None or USAGE_KEY.fullmatch(usage_key) is None:
        return not_found(call, "No block has this usage key.")
    return _blocks(call, course, usage_key)


def _blocks(call: Call, course: Course, start: str) -> Reply:
    if (refused := _refusal(call, course)) is not None:
        return refused
    depth_param = call.query.get("depth", "0")
    depth = None if depth_param == "all" else int(depth_param)
    chosen: list[Block] = []
    pending = [(course.blocks[start], 0)]
    while pending:
        block, level = pending.pop(0)
        chosen.append(block)
        if depth is None or level < depth:
            pending[:0] = [(course.blocks[c], level + 1) for c in block.children]
    included = {b.id for b in chosen}
    types = set(call.query.get("block_types_filter") or [])
    blocks = [_block_json(call, course, b, included) for b in chosen if not types or b.type in types]
    if call.query.get("return_type", "dict") == "list":
        return Reply(200, {"root": start, "blocks": blocks})
    return Reply(200, {"root": start, "blocks": {b["id"]: b for b in blocks}})


def _refusal(call: Call, course: Course) -> Reply | None:
    world, me = world_of(call), caller(call)
    staff = is_course_staff(call, course.id)
    if call.query.get("all_blocks"):
        return None if staff else error(403, "all_blocks needs course staff permissions.")
    username = call.query.get("username")
    if username is None:
        return error(400, "username is required unless all_blocks is true.")
    if username == "":
        return error(403, f"{course.id} is not public: anonymous users may not see its blocks.")
    target = world.users.get(username)
    if target is None:
        return not_found(call, f"No user is named {username!r}.")
    if (me is None or me.username != username) and not staff:
        return error(403, "Only course staff may ask for another user's blocks.")
    if world.enrollment(username, course.id) is None and not (
            target.is_staff or target.course_roles.get(course.id)):
        return error(403, f"{username} is not enrolled in {course.id}.")
    return None


def _block_json(call: Call, course: Course, block: Block, included: set[str]) -> dict[str, Any]:
    fields = set(call.query.get("requested_fields") or [])
    subtree = course.walk(block.id)
    body: dict[str, Any] = {
        "id": block.id, "block_id": block.block_id, "type": block.type,
        "display_name": block.display_name,
        "student_view_url": f"{call.origin}/xblock/{block.id}",
        "lms_web_url": lms_web_url(call, course, block),
        "legacy_web_url": f"{lms_web_url(call, course, block)}?experience=legacy",
    }
    children = [c for c in block.children if c in included]
    if "children" in fields and children:
        body["children"] = children
    if "graded" in fields:
        body["graded"] = any(b.graded for b in subtree)
    if "format" in fields and block.format is not None:
        body["format"] = block.format
    if "due" in fields:
        body["due"] = block.due
    if "completion" in fields:
        body["completion"] = None if block.type in CONTAINERS else 0.0
    if "show_correctness" in fields and block.type in ("sequential", "problem"):
        body["show_correctness"] = "always"
    if "student_view_multi_device" in fields:
        body["student_view_multi_device"] = block.type in ("html", "video", "problem")
    if counted := call.query.get("block_counts"):
        body["block_counts"] = {kind: sum(b.type == kind for b in subtree) for kind in counted}
    if block.type in (call.query.get("student_view_data") or []) and block.type in LEAVES_WITH_DATA:
        body["student_view_data"] = dict(LEAVES_WITH_DATA[block.type])
    return body


def course_json(call: Call, course: Course) -> dict[str, Any]:
    """A course as the platform's course list serializer writes it."""
    return {
        "blocks_url": f"{call.origin}/api/courses/v1/blocks/?course_id={course.id}",
        "effort": None, "end": course.end, "enrollment_start": None, "enrollment_end": None,
        "id": course.id, "course_id": course.id,
        "media": {"banner_image": {"uri": "", "uri_absolute": ""}, "course_image": {"uri": ""},
                  "course_video": {"uri": None}},
        "name": course.name, "number": course.number, "org": course.org,
        "short_description": None, "start": course.start, "start_display": course.start[:10],
        "start_type": "timestamp", "pacing": "self" if course.self_paced else "instructor",
        "mobile_available": False, "hidden": False, "invitation_only": False,
    }


def courses_list(call: Call) -> Reply:
    world, me = world_of(call), caller(call)
    username = call.query.get("username")
    if username and (me is None or me.username != username):
        if not is_global_staff(call):
            return error(403, "Only staff may list another user's courses.")
        if username not in world.users:
            return not_found(call, f"No user is named {username!r}.")
    courses = sorted(world.courses.values(), key=lambda c: c.id)
    if org := call.query.get("org"):
        courses = [c for c in courses if c.org.lower() == str(org).lower()]
    if keys := call.query.get("course_keys"):
        wanted = set(keys) if isinstance(keys, list) else {k for k in str(keys).split(",") if k}
        courses = [c for c in courses if c.id in wanted]
    if call.query.get("active_only") is True:
        courses = [c for c in courses if c.end is None or c.end >= now()]
    # As DRF's page-number paginator: a page size that is no positive number is the default,
    # at most 100; a page that does not exist is a 404.
    window = PageWindow.asked(call.query, len(courses))
    if not window.exists:
        return not_found(call, "Invalid page.")
    return Reply(200, discussion_envelope(window, [course_json(call, c) for c in courses], call.url))


HANDLERS: dict[str, Handler] = {
    "courses_list": courses_list,
    "courses_blocks_v1_list": courses_blocks_list,
    "courses_blocks_v2_list": courses_blocks_list,
    "courses_blocks_v1_retrieve": courses_blocks_retrieve,
    "courses_blocks_v2_retrieve": courses_blocks_retrieve,
}
