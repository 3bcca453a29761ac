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

Exams and allowances are here; attempts and their timer data in edx_proctoring_attempts.py,
the state and shared lookups in edx_proctoring_model.py.
"""

from __future__ import annotations

from typing import Any

from ..calls import Call, Handler, Reply, error
from ..inputs import strict_int
from .access import forbidden_unless_course_staff, forbidden_unless_global_staff, world_of
from .common import now
from .edx_proctoring_attempts import HANDLERS as ATTEMPT_HANDLERS
from .edx_proctoring_model import (
    ADDITIONAL_TIME,
    EXAM_FIELDS,
    exam_or_error,
    new_exam,
    request_body,
    seed,
    store,
    user_by_id,
    user_json,
)

__all__ = ["HANDLERS", "seed"]


# --- exams ------------------------------------------------------------------------------------

def exam_by_id(call: Call) -> Reply:
    exam, refused = exam_or_error(call, call.path["exam_id"])
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
    body, proctoring = request_body(call), store(call)
    if any(e["course_id"] == body["course_id"] and e["content_id"] == body["content_id"]
           for e in proctoring.exams.values()):
        return Reply(400, {"non_field_errors": [
            "The fields course_id, content_id must make a unique set."]})
    exam_id = world_of(call).new_id("proctored_exam")
    exam = new_exam(exam_id, body["course_id"], body["content_id"], body["exam_name"],
                 body["time_limit_mins"], body["is_proctored"], body["is_practice_exam"])
    exam.update(external_id=body["external_id"], is_active=body["is_active"],
                hide_after_due=body["hide_after_due"])
    proctoring.exams[exam_id] = exam
    return Reply(200, {"exam_id": exam_id})


def exam_update(call: Call) -> Reply:
    if (refused := forbidden_unless_global_staff(call)) is not None:
        return refused
    body = request_body(call)
    exam, refused = exam_or_error(call, body.get("exam_id"))
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
            exam = new_exam(exam_id, course_id, item["content_id"], item["exam_name"],
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
    exam, refused = exam_or_error(call, call.path["exam_id"])
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


# --- allowances -------------------------------------------------------------------------------

def _allowance_json(call: Call, allowance: dict[str, Any]) -> dict[str, Any]:
    user = user_by_id(call, allowance["user_id"])
    return {"id": allowance["id"], "created": allowance["created"],
            "modified": allowance["modified"],
            "user": user_json(user) if user else {"id": allowance["user_id"], "username": "",
                                                   "email": ""},
            "key": allowance["key"], "value": allowance["value"],
            "proctored_exam": dict(store(call).exams[allowance["exam_id"]])}


def _allowance_exam(call: Call, body: dict[str, Any]) -> tuple[dict[str, Any] | None, Reply | None]:
    """The exam an allowance change names, if the caller is its course's staff."""
    exam, refused = exam_or_error(call, body.get("exam_id"))
    if exam is None:
        return None, refused or error(400, "No such exam.")
    return exam, forbidden_unless_course_staff(call, exam["course_id"])


def allowance_update(call: Call) -> Reply:
    body = request_body(call)
    exam, refused = _allowance_exam(call, body)
    if exam is None or refused is not None:
        return refused or error(400, "No such exam.")
    if not exam["is_active"]:
        return error(400, f"Attempted to add an allowance to inactive exam_id={exam['id']}.")
    info = body["user_info"]
    users = world_of(call).users.values()
    user = (user_by_id(call, info) if isinstance(info, int)
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
    body = request_body(call)
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
    "edx_proctoring_allowance_update": allowance_update,
    "edx_proctoring_allowance_delete": allowance_delete,
    "edx_proctoring_course_allowances_list": course_allowances,
    "edx_proctoring_course_allowances_grouped_list": course_allowances_grouped,
    "edx_proctoring_active_exams_for_user_retrieve": active_exams_for_user,
    **ATTEMPT_HANDLERS,
}
