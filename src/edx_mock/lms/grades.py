"""LMS grades (read only).

Grades are computed on every read from per-problem scores seeded for each learner enrolled
at seed time (deterministic, from state.derived_uuid): a subsection's percent is its earned
over possible points, an assignment type averages its subsections after dropping the lowest
`dropped`, and the course percent is the weighted sum (POLICY); 50% passes ("Pass"). A user
enrolled later through the enrollment API has no scores, so appears with zero grades.

The reference gives little more than request lines here; the description now types the
bodies from the platform's grades REST API (lms/djangoapps/grades/rest_api: v1/views.py,
v1/utils.py, v1/gradebook_views.py, serializers.py), and the fake follows it:

- `GET /grades/v1/courses/{course_id}/` and `GET /grades/v1/courses/?course_id=...` (the
  same view; the list needs `course_id`): a cursor page (50 by default) of grades; course
  staff see every enrolled learner's grade, an enrolled learner only their own, anyone else
  gets 404 (the platform's "user not enrolled"). With `username` the answer is a plain list
  holding that user's grade alone (404 for an unknown or unenrolled user). A grade's email is
  empty unless the enrollment is in the master's track, as on the platform.
- `GET /grades/v1/subsection/{id}/?user_id=...`: the grade of the user `user_id` (404 for an
  unknown id) in a subsection, with `success`, no override and an empty history; the caller
  must be that user or course staff (the platform asks for course author access).
- `GET /grades/v1/policy/courses/{id}/`: any signed-in user; one entry per assignment type of
  the course's graded subsections, as one unpaged list.

Not modelled: grade overrides and their history (always none); the gradebook, its bulk
update and grading information, section breakdowns and submission history answer the
smallest instance of their typed schemas (the writable gradebook is a course flag the fake
does not hold).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..calls import Call, Handler, Reply, error, not_found
from ..pagination import cursor_page
from ..state import derived_uuid
from .access import caller, is_course_staff, world_of
from .world import Course, World

# Assignment type -> weight and how many of its lowest subsection grades are dropped.
POLICY = {"Homework": {"weight": 0.4, "dropped": 0}, "Exam": {"weight": 0.6, "dropped": 0}}
PASS_CUTOFF = 0.5
# How likely (in percent) each seeded learner is to have solved a graded problem.
ABILITY = {"verified": 90, "learner": 65, "honor": 45, "audit": 25}


@dataclass
class Grades:
    scores: dict[tuple[str, str], float]  # (username, problem usage id) -> earned of 1 point


def seed(world: World) -> Grades:
    scores = {}
    for enrollment in world.enrollments.values():
        course = world.courses.get(enrollment.course_id)
        if course is None:
            continue
        ability = ABILITY.get(enrollment.username, 50)
        for block in course.walk():
            if block.type == "problem" and block.graded:
                roll = int(derived_uuid("score", enrollment.username, block.id)[:8], 16) % 100
                scores[(enrollment.username, block.id)] = 1.0 if roll < ability else 0.0
    return Grades(scores)


def _store(call: Call) -> Grades:
    grades: Grades = world_of(call).stores["grades"]
    return grades


def _subsection_score(grades: Grades, course: Course, block_id: str, username: str
                      ) -> tuple[float, float]:
    problems = [b for b in course.walk(block_id) if b.type == "problem"]
    return sum(grades.scores.get((username, b.id), 0.0) for b in problems), float(len(problems))


def course_percent(grades: Grades, course: Course, username: str) -> float:
    by_type: dict[str, list[float]] = {}
    for block in course.walk():
        if block.type == "sequential" and block.graded and block.format:
            earned, possible = _subsection_score(grades, course, block.id, username)
            by_type.setdefault(block.format, []).append(earned / possible if possible else 0.0)
    total = 0.0
    for kind, percents in by_type.items():
        policy = POLICY.get(kind, {"weight": 0.0, "dropped": 0})
        kept = sorted(percents)[int(policy["dropped"]):] or [0.0]
        total += policy["weight"] * sum(kept) / len(kept)
    return round(total, 2)


def grade_json(call: Call, course: Course, username: str) -> dict[str, Any]:
    world = world_of(call)
    percent = course_percent(_store(call), course, username)
    passed = percent >= PASS_CUTOFF
    enrollment = world.enrollment(username, course.id)
    # The platform shows the email of master's track learners only.
    email = world.users[username].email if enrollment is not None and enrollment.mode == "masters" else ""
    return {"username": username, "email": email, "course_id": course.id,
            "passed": passed, "percent": percent, "letter_grade": "Pass" if passed else None}


def _course_grades(call: Call, course_id: Any) -> Reply:
    """The course grades view, which both routes serve: a cursor page, or one user's grade."""
    world, me = world_of(call), caller(call)
    course = world.courses.get(str(course_id))
    if course is None:
        return not_found(call, f"Requested grade for unknown course {course_id}")
    staff = is_course_staff(call, course.id)
    username = call.query.get("username")
    if username:
        if username not in world.users or world.enrollment(username, course.id) is None:
            return not_found(call, "The user matching the requested username is not enrolled in this course")
        if not staff and (me is None or me.username != username):
            return not_found(call, "You are not enrolled in this course.")
        return Reply(200, [grade_json(call, course, username)])
    if staff:
        usernames = [e.username for e in world.enrolled(course.id)]
    elif me is not None and world.enrollment(me.username, course.id) is not None:
        usernames = [me.username]
    else:
        return not_found(call, "You are not enrolled in this course.")
    return Reply(200, cursor_page(call, [grade_json(call, course, n) for n in usernames]))


def grades_courses_list(call: Call) -> Reply:
    return _course_grades(call, call.query.get("course_id"))


def grades_courses_retrieve(call: Call) -> Reply:
    return _course_grades(call, call.path["course_id"])


def grades_subsection_retrieve(call: Call) -> Reply:
    world, me = world_of(call), caller(call)
    subsection_id = call.path["subsection_id"]
    course = next((c for c in world.courses.values() if subsection_id in c.blocks), None)
    if course is None or course.blocks[subsection_id].type != "sequential" or me is None:
        return not_found(call, "No subsection has this id.")
    user = next((u for u in world.users.values() if u.id == call.query.get("user_id")), None)
    if user is None:
        return not_found(call, "Invalid UserID")
    if user.username != me.username and not is_course_staff(call, course.id):
        return error(403, "The requesting user does not have course author permissions.")
    if world.enrollment(me.username, course.id) is None and not is_course_staff(call, course.id):
        return not_found(call, "You are not enrolled in this subsection's course.")
    earned, possible = _subsection_score(_store(call), course, subsection_id, user.username)
    graded = course.blocks[subsection_id].graded
    return Reply(200, {
        "success": True, "subsection_id": subsection_id, "user_id": user.id, "course_id": course.id,
        "original_grade": {"earned_all": earned, "possible_all": possible,
                           "earned_graded": earned if graded else 0.0,
                           "possible_graded": possible if graded else 0.0},
        "override": None, "history": [],
    })


def grades_policy_course_retrieve(call: Call) -> Reply:
    course = world_of(call).courses.get(call.path["course_id"])
    if course is None:
        return not_found(call, "No course has this id.")
    counts: dict[str, int] = {}
    for block in course.walk():
        if block.type == "sequential" and block.graded and block.format:
            counts[block.format] = counts.get(block.format, 0) + 1
    return Reply(200, [
        {"assignment_type": kind, "count": count,
         "dropped": int(POLICY.get(kind, {}).get("dropped", 0)),
         "weight": float(POLICY.get(kind, {}).get("weight", 0.0))}
        for kind, count in counts.items()])


HANDLERS: dict[str, Handler] = {
    "grades_courses_list": grades_courses_list,
    "grades_courses_retrieve": grades_courses_retrieve,
    "grades_subsection_retrieve": grades_subsection_retrieve,
    "grades_policy_course_retrieve": grades_policy_course_retrieve,
}
