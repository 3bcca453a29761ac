"""LMS proctored and timed exams (edx-proctoring): read an exam, start an attempt, change its
status, read it back; allowances; registering a course's exams.

The reference's edx_proctoring sections (lms-api.txt, "POST
/edx_proctoring/proctoring_review_callback/" .. "GET
/edx_proctoring/v1/user_onboarding/status/course_id/{course_id}") give one line of handler
text and the path parameters, no body and no status code. What the plugin (edx-proctoring
5.2.0, the release the platform installs) does, and this fake follows:

- Exams are read by id or by course and content id (an unknown one is a 400 with `detail`,
  as the plugin's exceptions answer); a course alone lists its active exams. Creating (POST
  /exam) and updating (PUT /exam, the exam named in the body) are for global staff; a
  course and content pair that already has an exam is refused with `non_field_errors`.
  Registering a course's exams (PATCH) creates or updates each by content id and makes the
  course's other exams inactive and not proctored; a payload that fails the checks is a 422.
- An attempt is the caller's, at the exam the body names (400 for an unknown exam or a
  second attempt; 403 for an exam past its due date, practice exams excepted). A proctored
  exam taken without `attempt_proctored: "true"` gets a declined attempt; otherwise
  `start_clock: "true"` starts the timer. The time allowed is the exam's limit plus the
  learner's `additional_time_granted` allowance.
- Only the attempt's learner reads it or acts on it (403), except that course staff may send
  `mark_ready_to_resume` with the learner's `user_id`. Actions: start, stop (ready to submit),
  submit, click_download_software, decline, error, reset_attempt (practice exams: the attempt
  is replaced) and mark_ready_to_resume (an attempt in error). A completed attempt cannot go
  back to an in-progress status (400). A started attempt whose time is up reads as timed out.
- The timer data (GET /attempt, /active_attempt, /attempt/course_id/...) is built from the
  caller's started, uncompleted attempt; without one, the answers the plugin gives (an object
  saying the user is in no timed exam, or an empty object). Global staff may pass `user_id`.
- Course staff delete an attempt, reset a learner's attempts at an exam, and add, remove and
  list allowances (the learner named by username, email or id).
- An exam's review policy and proctoring settings answer from the seeded exams.

Seed: two active exams in the demo course, a timed one on the "Final Exam" subsection and a
proctored practice exam on "Homework - Labs and Demos" (with a review policy), no attempts.

Not modelled: proctoring services (no backend is called; the ready and review callbacks, the
instructor dashboard redirects, onboarding statuses and the retirement operations answer
their described shape only), review status acknowledgement, bulk allowances, grouped views
and credit prerequisites.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from ..calls import Call, Handler, Reply, error
from ..inputs import strict_int
from .access import caller, forbidden_unless_course_staff, forbidden_unless_global_staff, world_of
from .common import now
from .world import DEMO_COURSE, User, World

STORE = "edx_proctoring"
IN_PROGRESS = ("eligible", "created", "download_software_clicked", "ready_to_start", "started",
               "ready_to_submit")
COMPLETED = ("declined", "timed_out", "submitted", "second_review_required", "verified",
             "rejected", "error", "onboarding_missing", "onboarding_pending",
             "onboarding_failed", "onboarding_expired")
EXAM_FIELDS = ("exam_name", "time_limit_mins", "is_proctored", "is_practice_exam", "external_id",
               "is_active", "hide_after_due")
PING_INTERVAL = 60
ADDITIONAL_TIME = "additional_time_granted"


@dataclass
class Proctoring:
    exams: dict[int, dict[str, Any]]
    policies: dict[int, str]
    attempts: dict[int, dict[str, Any]] = field(default_factory=dict)
    allowances: dict[tuple[int, int, str], dict[str, Any]] = field(default_factory=dict)


def seed(world: World) -> Proctoring:
    course = world.courses[DEMO_COURSE]
    subsections = {b.display_name: b.id for b in course.walk() if b.type == "sequential"}
    timed, practice = world.new_id("proctored_exam"), world.new_id("proctored_exam")
    exams = {timed: _exam(timed, DEMO_COURSE, subsections["Final Exam"], "Final Exam", 60,
                          proctored=False, practice=False),
             practice: _exam(practice, DEMO_COURSE, subsections["Homework - Labs and Demos"],
                             "Practice proctored exam", 30, proctored=True, practice=True)}
    return Proctoring(exams, {practice: "Keep your face in view of the camera."})


def _exam(exam_id: int, course_id: str, content_id: str, name: str, minutes: int,
          proctored: bool, practice: bool) -> dict[str, Any]:
    return {"id": exam_id, "course_id": course_id, "content_id": content_id, "external_id": None,
            "exam_name": name, "time_limit_mins": minutes, "is_proctored": proctored,
            "is_practice_exam": practice, "is_active": True, "due_date": None,
            "hide_after_due": False, "backend": None}


def store(call: Call) -> Proctoring:
    proctoring: Proctoring = world_of(call).stores[STORE]
    return proctoring


def _body(call: Call) -> dict[str, Any]:
    return call.body if isinstance(call.body, dict) else {}


def _user_by_id(call: Call, user_id: Any) -> User | None:
    return next((u for u in world_of(call).users.values() if u.id == user_id), None)


def _user_json(user: User) -> dict[str, Any]:
    return {"id": user.id, "username": user.username, "email": user.email}


def _exam_or_error(call: Call, exam_id: Any) -> tuple[dict[str, Any] | None, Reply | None]:
    exam = store(call).exams.get(exam_id) if isinstance(exam_id, int) else None
    if exam is None:
        return None, error(400, f"Attempted to get exam_id={exam_id}, but this exam does not exist.")
    return exam, None


# --- exams ------------------------------------------------------------------------------------

def exam_by_id(call: Call) -> Reply:
    exam, refused = _exam_or_error(call, call.path["exam_id"])
    return refused or Reply(200, dict(exam or {}))


def exam_by_content(call: Call) -> Reply:
    course_id, content_id = call.path["course_id"], call.path["content_id"]
    exam = next((e for e in store(call).exams.values()
                 if e["course_id"] == course_id and e["content_id"] == content_id), None)
    if exam is None:
        return error(400, f"Cannot find proctored exam in course_id={course_id} with "
                          f"content_id={content_id}")
    return Reply(200, dict(exam))


def exams_by_course(call: Call) -> Reply:
    return Reply(200, [dict(e) for e in store(call).exams.values()
                       if e["course_id"] == call.path["course_id"] and e["is_active"]])


def exam_create(call: Call) -> Reply:
    if (refused := forbidden_unless_global_staff(call)) is not None:
        return refused
    body, proctoring = _body(call), store(call)
    if any(e["course_id"] == body["course_id"] and e["content_id"] == body["content_id"]
           for e in proctoring.exams.values()):
        return Reply(400, {"non_field_errors": [
            "The fields course_id, content_id must make a unique set."]})
    exam_id = world_of(call).new_id("proctored_exam")
    exam = _exam(exam_id, body["course_id"], body["content_id"], body["exam_name"],
                 body["time_limit_mins"], body["is_proctored"], body["is_practice_exam"])
    exam.update(external_id=body["external_id"], is_active=body["is_active"],
                hide_after_due=body["hide_after_due"])
    proctoring.exams[exam_id] = exam
    return Reply(200, {"exam_id": exam_id})


def exam_update(call: Call) -> Reply:
    if (refused := forbidden_unless_global_staff(call)) is not None:
        return refused
    body = _body(call)
    exam, refused = _exam_or_error(call, body.get("exam_id"))
    if exam is None:
        return refused or error(400, "No such exam.")
    exam.update({k: body[k] for k in EXAM_FIELDS if k in body})
    return Reply(200, {"exam_id": exam["id"]})


def exam_registration(call: Call) -> Reply:
    if (refused := forbidden_unless_global_staff(call)) is not None:
        return refused
    course_id, proctoring = call.path["course_id"], store(call)
    sent: list[dict[str, Any]] = call.body if isinstance(call.body, list) else []
    course_exams = {e["content_id"]: e for e in proctoring.exams.values()
                    if e["course_id"] == course_id}
    written: list[dict[str, Any]] = []
    registered: dict[str, dict[str, Any]] = {}
    for item in sent:
        exam = course_exams.pop(item["content_id"], None) or registered.get(item["content_id"])
        if exam is None:
            exam_id = world_of(call).new_id("proctored_exam")
            exam = _exam(exam_id, course_id, item["content_id"], item["exam_name"],
                         item["time_limit_mins"], item["is_proctored"], item["is_practice_exam"])
            proctoring.exams[exam_id] = exam
        registered[item["content_id"]] = exam
        exam.update({k: item[k] for k in (*EXAM_FIELDS, "due_date", "backend") if k in item})
        written.append({"exam_id": exam["id"]})
    for exam in course_exams.values():
        exam.update(is_active=False, is_proctored=False)
    return Reply(200, written)


def review_policy(call: Call) -> Reply:
    return Reply(200, {"review_policy": store(call).policies.get(call.path["exam_id"])})


def exam_settings(call: Call) -> Reply:
    exam, refused = _exam_or_error(call, call.path["exam_id"])
    if exam is None:
        return refused or error(400, "No such exam.")
    settings: dict[str, Any] = {"platform_name": "Your Platform Name Here",
                                "contact_us": "support@example.com", "link_urls": None,
                                "exam_proctoring_backend": {}}
    if exam["is_proctored"]:
        settings.update(exam_proctoring_backend={"name": "null"}, provider_name="Null Backend",
                        provider_tech_support_email=None, provider_tech_support_phone=None,
                        learner_notification_from_email=None, integration_specific_email=None,
                        proctoring_escalation_email=None)
    return Reply(200, settings)


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
    user = _user_by_id(call, attempt["user_id"])
    body = {k: v for k, v in attempt.items() if k not in ("user_id", "exam_id")}
    body["user"] = _user_json(user) if user else {"id": attempt["user_id"], "username": "",
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
    return _user_by_id(call, requested), None


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
    user, body = caller(call), _body(call)
    exam, refused = _exam_or_error(call, body.get("exam_id"))
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
    body = _body(call)
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


# --- allowances -------------------------------------------------------------------------------

def _allowance_json(call: Call, allowance: dict[str, Any]) -> dict[str, Any]:
    user = _user_by_id(call, allowance["user_id"])
    return {"id": allowance["id"], "created": allowance["created"],
            "modified": allowance["modified"],
            "user": _user_json(user) if user else {"id": allowance["user_id"], "username": "",
                                                   "email": ""},
            "key": allowance["key"], "value": allowance["value"],
            "proctored_exam": dict(store(call).exams[allowance["exam_id"]])}


def _allowance_exam(call: Call, body: dict[str, Any]) -> tuple[dict[str, Any] | None, Reply | None]:
    """The exam an allowance change names, if the caller is its course's staff."""
    exam, refused = _exam_or_error(call, body.get("exam_id"))
    if exam is None:
        return None, refused or error(400, "No such exam.")
    return exam, forbidden_unless_course_staff(call, exam["course_id"])


def allowance_update(call: Call) -> Reply:
    body = _body(call)
    exam, refused = _allowance_exam(call, body)
    if exam is None or refused is not None:
        return refused or error(400, "No such exam.")
    if not exam["is_active"]:
        return error(400, f"Attempted to add an allowance to inactive exam_id={exam['id']}.")
    info = body["user_info"]
    users = world_of(call).users.values()
    user = (_user_by_id(call, info) if isinstance(info, int)
            else next((u for u in users if info in (u.username, u.email)), None))
    if user is None:
        return error(400, f"Cannot find user against {info}")
    value = str(body["value"])
    # strict_int, not str.isdigit(): "²" is a digit to isdigit() and no number to int().
    if body["key"] == ADDITIONAL_TIME and ((minutes := strict_int(value)) is None or minutes < 0):
        return error(400, f'allowance_value "{value}" should be non-negative integer value.')
    key = (exam["id"], user.id, body["key"])
    allowances = store(call).allowances
    moment = now()
    if key in allowances:
        allowances[key].update(value=value, modified=moment)
    else:
        allowances[key] = {"id": world_of(call).new_id("proctored_allowance"), "created": moment,
                           "modified": moment, "user_id": user.id, "exam_id": exam["id"],
                           "key": body["key"], "value": value}
    return Reply(200)


def allowance_delete(call: Call) -> Reply:
    body = _body(call)
    exam, refused = _allowance_exam(call, body)
    if exam is None or refused is not None:
        return refused or error(400, "No such exam.")
    store(call).allowances.pop((exam["id"], body["user_id"], body["key"]), None)
    return Reply(200)


def course_allowances(call: Call) -> Reply:
    course_id = call.path["course_id"]
    if (refused := forbidden_unless_course_staff(call, course_id)) is not None:
        return refused
    proctoring = store(call)
    return Reply(200, [_allowance_json(call, a) for a in proctoring.allowances.values()
                       if proctoring.exams[a["exam_id"]]["course_id"] == course_id])


def course_allowances_grouped(call: Call) -> Reply:
    listed = course_allowances(call)
    if listed.status != 200:
        return listed
    grouped: dict[str, list[dict[str, Any]]] = {}
    for allowance in listed.body:
        grouped.setdefault(allowance["user"]["username"], []).append(allowance)
    return Reply(200, grouped)


def active_exams_for_user(call: Call) -> Reply:
    # The plugin reads user_id from the body of this GET; the fake receives none, and the
    # plugin answers an empty list without it.
    del call
    return Reply(200, [])


HANDLERS: dict[str, Handler] = {
    "edx_proctoring_exam_by_id_retrieve": exam_by_id,
    "edx_proctoring_exam_by_content_retrieve": exam_by_content,
    "edx_proctoring_exam_by_course_retrieve": exams_by_course,
    "edx_proctoring_exam_create": exam_create,
    "edx_proctoring_exam_update": exam_update,
    "edx_proctoring_exam_registration_partial_update": exam_registration,
    "edx_proctoring_exam_review_policy_retrieve": review_policy,
    "edx_proctoring_exam_settings_retrieve": exam_settings,
    "edx_proctoring_active_attempt_retrieve": active_attempt,
    "edx_proctoring_attempt_status_retrieve": attempt_status,
    "edx_proctoring_attempt_by_course_retrieve": attempt_by_course,
    "edx_proctoring_attempt_create": attempt_create,
    "edx_proctoring_attempt_by_id_retrieve": attempt_retrieve,
    "edx_proctoring_attempt_by_id_update": attempt_update,
    "edx_proctoring_attempt_by_id_delete": attempt_delete,
    "edx_proctoring_exam_attempts_reset": attempts_reset,
    "edx_proctoring_allowance_update": allowance_update,
    "edx_proctoring_allowance_delete": allowance_delete,
    "edx_proctoring_course_allowances_list": course_allowances,
    "edx_proctoring_course_allowances_grouped_list": course_allowances_grouped,
    "edx_proctoring_active_exams_for_user_retrieve": active_exams_for_user,
}
