"""The state of the edx-proctoring fake (edx_proctoring.py): exams, review policies, attempts
and allowances, seeded with two exams of the demo course, and the lookups its modules share."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..calls import Call, Reply, error
from .access import world_of
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
    exams = {timed: new_exam(timed, DEMO_COURSE, subsections["Final Exam"], "Final Exam", 60,
                          proctored=False, practice=False),
             practice: new_exam(practice, DEMO_COURSE, subsections["Homework - Labs and Demos"],
                             "Practice proctored exam", 30, proctored=True, practice=True)}
    return Proctoring(exams, {practice: "Keep your face in view of the camera."})


def new_exam(exam_id: int, course_id: str, content_id: str, name: str, minutes: int,
          proctored: bool, practice: bool) -> dict[str, Any]:
    return {"id": exam_id, "course_id": course_id, "content_id": content_id, "external_id": None,
            "exam_name": name, "time_limit_mins": minutes, "is_proctored": proctored,
            "is_practice_exam": practice, "is_active": True, "due_date": None,
            "hide_after_due": False, "backend": None}


def store(call: Call) -> Proctoring:
    proctoring: Proctoring = world_of(call).stores[STORE]
    return proctoring


def request_body(call: Call) -> dict[str, Any]:
    return call.body if isinstance(call.body, dict) else {}


def user_by_id(call: Call, user_id: Any) -> User | None:
    return next((u for u in world_of(call).users.values() if u.id == user_id), None)


def user_json(user: User) -> dict[str, Any]:
    return {"id": user.id, "username": user.username, "email": user.email}


def exam_or_error(call: Call, exam_id: Any) -> tuple[dict[str, Any] | None, Reply | None]:
    exam = store(call).exams.get(exam_id) if isinstance(exam_id, int) else None
    if exam is None:
        return None, error(400, f"Attempted to get exam_id={exam_id}, but this exam does not exist.")
    return exam, None
