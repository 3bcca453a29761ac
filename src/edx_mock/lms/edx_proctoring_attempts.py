"""Exam attempts of the edx-proctoring fake: start, read, act on, delete and reset them, and
the timer data built from them (see edx_proctoring.py for what the plugin does)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from ..calls import Call, Handler, Reply, error
from .access import caller, forbidden_unless_course_staff, forbidden_unless_global_staff, world_of
from .common import now
from .edx_proctoring_model import (
    ADDITIONAL_TIME,
    COMPLETED,
    IN_PROGRESS,
    PING_INTERVAL,
    Proctoring,
    exam_or_error,
    request_body,
    store,
    user_by_id,
    user_json,
)
from .world import User

# --- attempts ---------------------------------------------------------------------------------

def _parse(moment: str | None) -> datetime | None:
    """A stored moment (ours, or a due date a caller sent), or None if it does not parse."""
    if not moment:
        return None
    try:
        parsed = datetime.fromisoformat(moment.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _allowed_minutes(proctoring: Proctoring, exam: dict[str, Any], user_id: int) -> int:
    extra = proctoring.allowances.get((exam["id"], user_id, ADDITIONAL_TIME))
    return int(exam["time_limit_mins"]) + (int(extra["value"]) if extra else 0)


def _remaining(attempt: dict[str, Any]) -> int:
    started = _parse(attempt["started_at"])
    if started is None:
        return 0
    ends = started + timedelta(minutes=attempt["allowed_time_limit_mins"] or 0)
    return max(0, int((ends - datetime.now(UTC)).total_seconds()))


def _check_timeout(attempt: dict[str, Any]) -> None:
    if attempt["started_at"] and attempt["status"] in IN_PROGRESS and _remaining(attempt) == 0:
        attempt.update(status="timed_out", completed_at=now())


def _attempt_json(call: Call, attempt: dict[str, Any]) -> dict[str, Any]:
    _check_timeout(attempt)
    proctoring = store(call)
    user = user_by_id(call, attempt["user_id"])
    body = {k: v for k, v in attempt.items() if k not in ("user_id", "exam_id")}
    body["user"] = user_json(user) if user else {"id": attempt["user_id"], "username": "",
                                                  "email": ""}
    body["proctored_exam"] = dict(proctoring.exams[attempt["exam_id"]])
    return body


def _humanized(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    parts = [f"{hours} hour" + ("s" if hours > 1 else "")] if hours else []
    if rest or not hours:
        parts.append(f"{rest} minute" + ("" if rest == 1 else "s"))
    return " and ".join(parts)


def _timer_data(call: Call, attempt: dict[str, Any]) -> dict[str, Any]:
    """The plugin's get_exam_attempt_data: what the exam timer reads."""
    _check_timeout(attempt)
    exam = store(call).exams[attempt["exam_id"]]
    remaining = _remaining(attempt)
    allowed = attempt["allowed_time_limit_mins"] or _allowed_minutes(store(call), exam,
                                                                     attempt["user_id"])
    data: dict[str, Any] = {
        "in_timed_exam": True, "taking_as_proctored": attempt["taking_as_proctored"],
        "exam_type": "a proctored exam" if exam["is_proctored"] else "a timed exam",
        "exam_display_name": exam["exam_name"],
        "exam_url_path": f"/courses/{exam['course_id']}/jump_to/{exam['content_id']}",
        "time_remaining_seconds": remaining, "total_time": _humanized(allowed),
        "low_threshold_sec": int(0.2 * allowed * 60),
        "critically_low_threshold_sec": int(0.05 * allowed * 60),
        "course_id": exam["course_id"], "attempt_id": attempt["id"],
        "external_id": attempt["external_id"],
        "accessibility_time_string": f"you have {_humanized(round(remaining / 60))} remaining",
        "attempt_status": attempt["status"],
        "exam_started_poll_url": f"/api/edx_proctoring/v1/proctored_exam/attempt/{attempt['id']}",
        "attempt_ready_to_resume": attempt["ready_to_resume"], "use_legacy_attempt_api": True,
        "desktop_application_js_url": "",
    }
    if exam["is_proctored"]:
        data.update(ping_interval=PING_INTERVAL, attempt_code=attempt["attempt_code"])
    return data


def _active_attempt(call: Call, user_id: int) -> dict[str, Any] | None:
    for attempt in store(call).attempts.values():
        _check_timeout(attempt)
        if (attempt["user_id"] == user_id and attempt["started_at"]
                and attempt["completed_at"] is None):
            return attempt
    return None


def _subject(call: Call) -> tuple[User | None, Reply | None]:
    """The caller, or the user `user_id` names when global staff ask (403 for anyone else)."""
    user = caller(call)
    requested = call.query.get("user_id")
    if requested is None:
        return user, None
    if user is None or not user.is_staff:
        return None, error(403, "Must be a Staff User to Perform this request.")
    return user_by_id(call, requested), None


def active_attempt(call: Call) -> Reply:
    user, refused = _subject(call)
    if refused is not None:
        return refused
    attempt = _active_attempt(call, user.id) if user else None
    return Reply(200, _timer_data(call, attempt) if attempt else {})


def attempt_status(call: Call) -> Reply:
    user = caller(call)
    attempt = _active_attempt(call, user.id) if user else None
    if attempt is None:
        return Reply(200, {"in_timed_exam": False, "is_proctored": False})
    return Reply(200, _timer_data(call, attempt))


def attempt_by_course(call: Call) -> Reply:
    user, refused = _subject(call)
    if refused is not None:
        return refused
    active = _active_attempt(call, user.id) if user else None
    active_data = _timer_data(call, active) if active else {}
    content_id = call.raw_query.get("content_id")
    exam = next((e for e in store(call).exams.values() if e["course_id"] == call.path["course_id"]
                 and e["content_id"] == content_id), None) if content_id else None
    if exam is None or user is None:
        return Reply(200, {"exam": {}, "active_attempt": active_data})
    proctoring = store(call)
    latest = max((a for a in proctoring.attempts.values()
                  if a["exam_id"] == exam["id"] and a["user_id"] == user.id),
                 key=lambda a: a["id"], default=None)
    body = dict(exam)
    body["attempt"] = _timer_data(call, latest) if latest else {}
    if latest is None:
        body["total_time"] = _humanized(_allowed_minutes(proctoring, exam, user.id))
    body.update(type=_exam_type(exam), passed_due_date=_past_due(exam),
                use_legacy_attempt_api=True)
    return Reply(200, {"exam": body, "active_attempt": active_data})


def _exam_type(exam: dict[str, Any]) -> str:
    if not exam["is_proctored"]:
        return "timed" if not exam["is_practice_exam"] else "proctored"
    return "practice" if exam["is_practice_exam"] else "proctored"


def _past_due(exam: dict[str, Any]) -> bool:
    due = _parse(exam["due_date"]) if isinstance(exam["due_date"], str) else None
    return due is not None and due < datetime.now(UTC)


def _new_attempt(call: Call, exam: dict[str, Any], user_id: int, proctored: bool) -> int:
    attempt_id = world_of(call).new_id("proctored_exam_attempt")
    moment = now()
    store(call).attempts[attempt_id] = {
        "id": attempt_id, "created": moment, "modified": moment, "user_id": user_id,
        "exam_id": exam["id"], "started_at": None, "completed_at": None, "external_id": None,
        "status": "created", "allowed_time_limit_mins": None,
        "attempt_code": f"MOCK-{attempt_id:06d}", "is_sample_attempt": exam["is_practice_exam"],
        "taking_as_proctored": proctored, "review_policy_id": None,
        "is_status_acknowledged": False, "time_remaining_seconds": None, "is_resumable": False,
        "ready_to_resume": False, "resumed": False}
    return attempt_id


def _set_status(call: Call, attempt: dict[str, Any], status: str) -> Reply | None:
    if attempt["status"] in COMPLETED and status in IN_PROGRESS:
        return error(400, f"Cannot change attempt {attempt['id']} from {attempt['status']} "
                          f"to {status}.")
    moment = now()
    if status == "started":
        if attempt["started_at"]:
            return error(400, f"Attempt {attempt['id']} has already been started.")
        exam = store(call).exams[attempt["exam_id"]]
        attempt.update(started_at=moment, allowed_time_limit_mins=_allowed_minutes(
            store(call), exam, attempt["user_id"]))
    if status in COMPLETED and attempt["completed_at"] is None:
        attempt["completed_at"] = moment
    attempt.update(status=status, modified=moment)
    return None


def attempt_create(call: Call) -> Reply:
    user, body = caller(call), request_body(call)
    exam, refused = exam_or_error(call, body.get("exam_id"))
    if exam is None or user is None:
        return refused or error(403, "Unknown user.")
    if not exam["is_practice_exam"] and _past_due(exam):
        return error(403, f"user_id={user.id} attempted to create an attempt for expired exam "
                          f"with exam_id={exam['id']} in course_id={exam['course_id']}")
    proctoring = store(call)
    if any(a["exam_id"] == exam["id"] and a["user_id"] == user.id
           for a in proctoring.attempts.values()):
        return error(400, f"Cannot create new exam attempt for exam_id={exam['id']} and "
                          f"user_id={user.id} because it already exists!")
    proctored = str(body.get("attempt_proctored", "false")).lower() == "true"
    attempt_id = _new_attempt(call, exam, user.id, proctored)
    attempt = proctoring.attempts[attempt_id]
    if exam["is_proctored"] and not proctored:
        _set_status(call, attempt, "declined")
    elif str(body.get("start_clock", "false")).lower() == "true":
        _set_status(call, attempt, "started")
    return Reply(200, {"exam_attempt_id": attempt_id})


def _attempt_or_error(call: Call) -> tuple[dict[str, Any] | None, Reply | None]:
    attempt_id = call.path["attempt_id"]
    attempt = store(call).attempts.get(attempt_id)
    if attempt is None:
        return None, error(400, f"Attempted to get attempt_id={attempt_id} but this attempt "
                                "does not exist.")
    return attempt, None


def attempt_retrieve(call: Call) -> Reply:
    attempt, refused = _attempt_or_error(call)
    if attempt is None:
        return refused or error(400, "No such attempt.")
    user = caller(call)
    if user is None or attempt["user_id"] != user.id:
        return error(403, "You may only read your own exam attempts.")
    body = _attempt_json(call, attempt)
    remaining = _remaining(attempt)
    body["time_remaining_seconds"] = remaining
    body["accessibility_time_string"] = (
        "you have less than a minute remaining" if remaining < 60
        else f"you have {_humanized(round(remaining / 60))} remaining")
    return Reply(200, body)


def attempt_update(call: Call) -> Reply:
    attempt, refused = _attempt_or_error(call)
    user = caller(call)
    if attempt is None or user is None:
        return refused or error(403, "Unknown user.")
    body = request_body(call)
    action, acting = body["action"], user.id
    exam = store(call).exams[attempt["exam_id"]]
    if body.get("user_id") is not None:
        if action != "mark_ready_to_resume" or (
                forbidden_unless_course_staff(call, exam["course_id"]) is not None):
            return error(403, "You may not act on another learner's attempt.")
        acting = body["user_id"]
    if attempt["user_id"] != acting:
        return error(403, "You may only act on your own exam attempts.")
    result: int | bool = attempt["id"]
    statuses = {"stop": "ready_to_submit", "start": "started", "submit": "submitted",
                "click_download_software": "download_software_clicked", "decline": "declined"}
    if action in statuses:
        refused = _set_status(call, attempt, statuses[action])
    elif action == "error":
        if attempt["status"] == "submitted":
            result = False
        else:
            attempt["time_remaining_seconds"] = _remaining(attempt)
            refused = _set_status(call, attempt, "error")
    elif action == "reset_attempt":
        if not exam["is_practice_exam"]:
            return error(400, f"Only practice exams may be reset; exam_id={exam['id']} is not one.")
        del store(call).attempts[attempt["id"]]
        result = _new_attempt(call, exam, attempt["user_id"], attempt["taking_as_proctored"])
    else:  # mark_ready_to_resume
        if attempt["status"] != "error":
            return error(400, f"Attempt {attempt['id']} is not in error and cannot resume.")
        attempt.update(ready_to_resume=True, is_resumable=True, modified=now())
    return refused or Reply(200, {"exam_attempt_id": result})


def attempt_delete(call: Call) -> Reply:
    attempt, refused = _attempt_or_error(call)
    if attempt is None:
        return refused or error(400, "No such attempt.")
    exam = store(call).exams[attempt["exam_id"]]
    if (refused := forbidden_unless_course_staff(call, exam["course_id"])) is not None:
        return refused
    del store(call).attempts[attempt["id"]]
    return Reply(200)


def attempts_reset(call: Call) -> Reply:
    exam = store(call).exams.get(call.path["exam_id"])
    refused = (forbidden_unless_course_staff(call, exam["course_id"]) if exam is not None
               else forbidden_unless_global_staff(call))
    if refused is not None:
        return refused
    attempts = store(call).attempts
    doomed = [k for k, a in attempts.items()
              if a["exam_id"] == call.path["exam_id"] and a["user_id"] == call.path["user_id"]]
    if not doomed:
        return Reply(404, "There are no attempts related to this user id and exam id")
    for key in doomed:
        del attempts[key]
    return Reply(200)


HANDLERS: dict[str, Handler] = {
    "edx_proctoring_active_attempt_retrieve": active_attempt,
    "edx_proctoring_attempt_status_retrieve": attempt_status,
    "edx_proctoring_attempt_by_course_retrieve": attempt_by_course,
    "edx_proctoring_attempt_create": attempt_create,
    "edx_proctoring_attempt_by_id_retrieve": attempt_retrieve,
    "edx_proctoring_attempt_by_id_update": attempt_update,
    "edx_proctoring_attempt_by_id_delete": attempt_delete,
    "edx_proctoring_exam_attempts_reset": attempts_reset,
}
