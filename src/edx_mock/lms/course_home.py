"""LMS course home outline (reference §GET /course_home/v1/outline/{course_key_string}), read
from the world's block tree of a course.

404 for an unknown course; for the caller, enrollment_mode, enroll_alert.can_enroll, the
upgrade fields (access_expiration, can_show_upgrade_sock, the upgrade tool and deadline) for
an audit or honor enrollment with a verified mode to upgrade to, content gating of graded
content for audit, and course_blocks (course, chapters, subsections) for enrolled users and
course staff only. Where the platform answers null for an object the description requires
(access_expiration, offer, course_goals.selected_goal), the fake answers an empty object;
can_show_upgrade_sock is a boolean, as the platform answers it. Not modelled: goals in the
outline, offers, certificates (cert_status is `unavailable`), resume tracking, verified_mode
(the upgrade information object, or null).

Welcome message and course goals: the doc names no field of these bodies; as the platform's
outline views do, dismissing reads `course_id` alone (any other key is a 400) and needs an
active enrollment in an existing course (else 400); saving a goal needs `course_id` and
`subscribed_to_reminders` (else 400) and keeps one goal per learner and course. Not modelled:
which welcome message is shown, and the goal's reminder emails and unsubscribe tokens.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from ..calls import Call, Handler, Reply, error, not_found
from .access import caller, is_course_staff, world_of
from .common import CONTAINERS, TIMESTAMP, lms_web_url, now, timestamp
from .world import Course, World

STORE = "course_home"


def seed(world: World) -> dict[str, Any]:
    """Dismissed welcome messages {(username, course id)} and goals {(username, course id): goal}."""
    return {"dismissed": set(), "goals": {}}


def _enrolled(call: Call, course_id: Any) -> bool:
    world, me = world_of(call), caller(call)
    if me is None or not isinstance(course_id, str):
        return False
    enrollment = world.enrollments.get((me.username, course_id))
    return enrollment is not None and enrollment.is_active and course_id in world.courses


def course_home_welcome_message_dismiss(call: Call) -> Reply:
    body = call.body if isinstance(call.body, dict) else {}
    if not body.get("course_id"):
        return error(400, "'course_id' is required.")
    if len(body) > 1:
        return error(400, "Only 'course_id' is expected.")
    if not _enrolled(call, body["course_id"]):
        return error(400, "Unable to dismiss welcome message.")
    me = caller(call)
    world_of(call).stores[STORE]["dismissed"].add((me.username if me else "", body["course_id"]))
    return Reply(200, {"message": "Welcome message successfully dismissed."})


def course_home_course_goal_save(call: Call) -> Reply:
    body = call.body if isinstance(call.body, dict) else {}
    course_id, reminders = body.get("course_id"), body.get("subscribed_to_reminders")
    if not course_id:
        return error(400, "'course_id' is required.")
    if reminders is None:
        return error(400, "'subscribed_to_reminders' is required.")
    days = body.get("days_per_week", 0)
    if course_id not in world_of(call).courses or not isinstance(days, int) or days < 0:
        return error(400, "Unable to save course goal")
    me = caller(call)
    world_of(call).stores[STORE]["goals"][(me.username if me else "", course_id)] = {
        "days_per_week": days, "subscribed_to_reminders": bool(reminders)}
    return Reply(200, {"header": "Your course goal has been successfully set.",
                       "message": "Course goal updated successfully."})


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
        "can_show_upgrade_sock": can_upgrade,
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


HANDLERS: dict[str, Handler] = {
    "course_home_outline_retrieve": course_home_outline_retrieve,
    "course_home_outline_v1_retrieve": course_home_outline_retrieve,
    "course_home_welcome_message_dismiss": course_home_welcome_message_dismiss,
    "course_home_welcome_message_v1_dismiss": course_home_welcome_message_dismiss,
    "course_home_course_goal_save": course_home_course_goal_save,
    "course_home_course_goal_v1_save": course_home_course_goal_save,
}
