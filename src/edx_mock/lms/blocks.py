"""LMS course structure: the Course Blocks API (v1 and v2), the course home outline and the
learning_sequences outline, all read from the world's block tree of a course.

Course Blocks rules (reference §GET /courses/v1/blocks/ and §.../blocks/{usage_key_string}):
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

Course home outline (reference §GET /course_home/v1/outline/{course_key_string}): 404 for an
unknown course; for the caller, enrollment_mode, enroll_alert.can_enroll, the upgrade fields
(access_expiration, can_show_upgrade_sock, the upgrade tool and deadline) for an audit or
honor enrollment with a verified mode to upgrade to, content gating of graded content for
audit, and course_blocks (course, chapters, subsections) for enrolled users and course
staff only. Where the platform answers null for an object the description requires
(access_expiration, offer, course_goals.selected_goal), the fake answers an empty object;
can_show_upgrade_sock is a string, as described. Not modelled: goals, offers, certificates
(cert_status is `unavailable`), resume tracking, verified_mode (described as a string, an
object on the platform).

learning_sequences outline (undocumented body): the platform's CourseOutline shape; a user
neither enrolled nor course staff gets no sections (the platform hides a private course's
content from such users).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from ..calls import Call, Handler, Reply, error
from .access import caller, is_course_staff, world_of
from .common import TIMESTAMP, USAGE_KEY, is_course_key, not_found, now, status_for, timestamp
from .world import Block, Course

LEAVES_WITH_DATA: dict[str, dict[str, Any]] = {
    "video": {"only_on_web": False, "duration": None, "transcripts": {}, "encoded_videos": {},
              "all_sources": []},
    "html": {"last_modified": None, "html_data": None, "size": 0, "index_page": "index.html",
             "icon_class": "other"},
}
CONTAINERS = ("course", "chapter", "sequential", "vertical")


def lms_web_url(call: Call, course: Course, block: Block) -> str:
    return f"{call.origin}/courses/{course.id}/jump_to/{block.id}"


# --- Course Blocks API -----------------------------------------------------------------------

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


# --- course home outline -----------------------------------------------------------------

def course_home_outline_retrieve(call: Call) -> Reply:
    course = world_of(call).courses.get(call.path["course_key_string"])
    if course is None:
        return not_found(call, "The course does not exist or you may not see it.")
    me = caller(call)
    enrollment = world_of(call).enrollment(me.username, course.id) if me else None
    staff = is_course_staff(call, course.id)
    mode = enrollment.mode if enrollment else None
    verified = course.modes.get("verified")
    can_upgrade = mode in ("audit", "honor") and verified is not None
    upgrade_url = (f"https://ecommerce.example.com/basket/add/?sku={verified.get('sku') or ''}"
                   if verified is not None else "")
    deadline = (verified or {}).get("expiration_datetime") or course.end or course.start
    sees_content = enrollment is not None or staff
    tree = [b for b in course.walk() if b.type in ("course", "chapter", "sequential")]
    first_sequence = next((b for b in tree if b.type == "sequential"), None)
    tools = [{"analytics_id": "edx.bookmarks", "title": "Bookmarks",
              "url": f"{call.origin}/courses/{course.id}/bookmarks/"}] if sees_content else []
    if can_upgrade:
        tools.append({"analytics_id": "edx.tool.verified_upgrade", "title": "Upgrade to Verified",
                      "url": upgrade_url})
    outline: dict[str, Any] = {
        "access_expiration": {
            "expiration_date": _plus_weeks(course.start, 8), "masquerading_expired_course": False,
            "upgrade_deadline": deadline, "upgrade_url": upgrade_url,
        } if mode == "audit" and can_upgrade else {},
        "can_show_upgrade_sock": "true" if can_upgrade else "false",
        "cert_data": {"cert_status": "unavailable", "cert_web_view_url": "",
                      "certificate_available_date": course.end or "", "download_url": ""},
        "course_goals": {"selected_goal": {}, "weekly_learning_goal_enabled": False},
        "course_tools": tools,
        "dates_widget": {
            "course_date_blocks": _dates(call, course, mode, staff, upgrade_url if can_upgrade else None,
                                         deadline),
            "dates_tab_link": f"{call.origin}/course/{course.id}/dates",
            "user_timezone": "UTC",
        },
        "dates_banner_info": {"content_type_gating_enabled": mode == "audit",
                              "missed_deadlines": False, "missed_gated_content": False,
                              "verified_upgrade_link": upgrade_url if can_upgrade else ""},
        "enable_proctored_exams": False,
        "enroll_alert": {"can_enroll": enrollment is None, "extra_text": ""},
        "enrollment_mode": mode,
        "handouts_html": "", "welcome_message_html": "",
        "has_ended": course.end is not None and course.end < now(),
        "offer": {},
        "resume_course": {"has_visited_course": False,
                          "url": lms_web_url(call, course, first_sequence)
                          if sees_content and first_sequence else ""},
        "user_has_passing_grade": False,
    }
    if sees_content:
        # The outline stops at subsections: their units are not listed as children.
        outline["course_blocks"] = {"blocks": [{
            "id": b.id, "type": b.type, "display_name": b.display_name,
            "lms_web_url": lms_web_url(call, course, b),
            **({"children": list(b.children)} if b.type != "sequential" else {}),
            "resume_block": False, "has_scheduled_content": False,
        } for b in tree]}
    return Reply(200, outline)


def _dates(call: Call, course: Course, mode: str | None, staff: bool, upgrade_url: str | None,
           deadline: str) -> list[dict[str, Any]]:
    def date(kind: str, when: str, title: str, **extra: Any) -> dict[str, Any]:
        return {"date_type": kind, "date": when, "title": title, "description": "",
                "complete": False, "extra_info": "", "link_text": "", "learner_has_access": True,
                **extra}

    dates = [date("course-start-date", course.start, "Course starts")]
    if mode is not None or staff:
        for block in course.walk():
            if block.type == "sequential" and block.due:
                first = next((b for b in course.walk(block.id) if b.type not in CONTAINERS), None)
                dates.append(date(
                    "assignment-due-date", block.due, block.display_name,
                    assignment_type=block.format or "", link=lms_web_url(call, course, block),
                    # Content type gating: audit learners may not do graded problems.
                    learner_has_access=mode != "audit" or staff,
                    **({"first_component_block_id": first.id} if first else {})))
    if upgrade_url is not None:
        dates.append(date("verified-upgrade-deadline", deadline, "Upgrade to Verified Certificate",
                          link=upgrade_url, link_text="Upgrade to Verified Certificate"))
    if course.end:
        dates.append(date("course-end-date", course.end, "Course ends"))
    return sorted(dates, key=lambda d: str(d["date"]))


def _plus_weeks(when: str, weeks: int) -> str:
    moment = datetime.strptime(when, TIMESTAMP).replace(tzinfo=UTC) + timedelta(weeks=weeks)
    return timestamp(moment)


# --- learning_sequences ------------------------------------------------------------------------

def learning_sequences_course_outline_retrieve(call: Call) -> Reply:
    course = world_of(call).courses.get(call.path["course_key_str"])
    if course is None:
        return not_found(call, "No course has this key.")
    me = caller(call)
    sees_content = is_course_staff(call, course.id) or (
        me is not None and world_of(call).enrollment(me.username, course.id) is not None)
    sections: list[dict[str, Any]] = []
    sequences: dict[str, dict[str, Any]] = {}
    chapters = [course.blocks[c] for c in course.blocks[course.root].children] if sees_content else []
    for chapter in chapters:
        sections.append({"id": chapter.id, "title": chapter.display_name, "start": None,
                         "effective_start": course.start, "sequence_ids": list(chapter.children)})
        for seq_id in chapter.children:
            seq = course.blocks[seq_id]
            sequences[seq_id] = {"id": seq.id, "title": seq.display_name, "accessible": True,
                                 "inaccessible_after_due": False, "start": None,
                                 "effective_start": course.start, "due": seq.due}
    return Reply(200, {
        "course_key": course.id, "title": course.name, "course_start": course.start,
        "course_end": course.end, "self_paced": course.self_paced, "days_early_for_beta": None,
        "course_visibility": "private", "user_id": me.id if me else None,
        "username": me.username if me else "",
        "outline": {"sections": sections, "sequences": sequences},
    })


HANDLERS: dict[str, Handler] = {
    "courses_blocks_v1_list": courses_blocks_list,
    "courses_blocks_v2_list": courses_blocks_list,
    "courses_blocks_v1_retrieve": courses_blocks_retrieve,
    "courses_blocks_v2_retrieve": courses_blocks_retrieve,
    "course_home_outline_retrieve": course_home_outline_retrieve,
    "course_home_outline_v1_retrieve": course_home_outline_retrieve,
    "learning_sequences_course_outline_retrieve": learning_sequences_course_outline_retrieve,
}
