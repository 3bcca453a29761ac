"""Grades in the LMS fake: computed from seeded scores, scoped by role."""

from __future__ import annotations

from urllib.parse import quote

from edx_mock.lms.world import DEMO_COURSE, demo_course

from .conftest import Fake

GRADES = f"/api/grades/v1/courses/{DEMO_COURSE}/"
HOMEWORK = next(b.id for b in demo_course().walk() if b.format == "Homework")


def test_course_staff_see_every_enrolled_learners_grade(fake: Fake) -> None:
    rows = {r["username"]: r for r in fake.course_staff.get(GRADES).json()["results"]}
    assert sorted(rows) == ["audit", "course_staff", "honor", "instructor", "learner", "verified"]
    # The platform shows no email outside the master's track.
    assert rows["verified"] == {"username": "verified", "email": "",
                                "course_id": DEMO_COURSE, "passed": True, "percent": 1.0,
                                "letter_grade": "Pass"}
    assert rows["learner"]["passed"] is False and rows["learner"]["letter_grade"] is None
    assert fake.staff.get(GRADES).json()["results"] == fake.course_staff.get(GRADES).json()["results"]


def test_a_learner_sees_only_their_own_grade(fake: Fake) -> None:
    assert [r["username"] for r in fake.learner.get(GRADES).json()["results"]] == ["verified"]
    listed = fake.learner.get("/api/grades/v1/courses/", params={"course_id": DEMO_COURSE}).json()["results"]
    assert [(r["username"], r["course_id"]) for r in listed] == [("verified", DEMO_COURSE)]
    assert fake.learner.get("/api/grades/v1/courses/course-v1:x+y+z/").status_code == 404
    # The list needs course_id.
    assert fake.learner.get("/api/grades/v1/courses/").status_code == 400
    # With username, a plain list of that user's grade alone.
    # Naming a user is for that user and global staff (IsUserInUrl or IsStaff): course staff
    # and other learners are refused.
    one = fake.staff.get(GRADES, params={"username": "honor"})
    assert [r["username"] for r in one.json()] == ["honor"]
    assert fake.learner.get(GRADES, params={"username": "honor"}).status_code == 403
    assert fake.course_staff.get(GRADES, params={"username": "honor"}).status_code == 403
    assert fake.staff.get(GRADES, params={"username": "nobody"}).status_code == 404


def test_a_new_enrollment_starts_at_zero(fake: Fake) -> None:
    fake.staff.post("/api/enrollment/v1/enrollment", json={
        "user": "staff", "course_details": {"course_id": DEMO_COURSE}}).raise_for_status()
    rows = {r["username"]: r for r in fake.staff.get(GRADES).json()["results"]}
    assert rows["staff"]["percent"] == 0.0 and rows["staff"]["passed"] is False
    # Unenrolled learners leave the course's grades, and may no longer read them.
    fake.service.post("/api/enrollment/v1/unenroll/", json={"username": "verified"}).raise_for_status()
    assert "verified" not in {r["username"] for r in fake.staff.get(GRADES).json()["results"]}
    assert fake.learner.get(GRADES).status_code == 404


def test_grades_are_cursor_paged(fake: Fake) -> None:
    everything = fake.course_staff.get("/api/grades/v1/courses/",
                                       params={"page_size": 100, "course_id": DEMO_COURSE}).json()
    assert len(everything["results"]) >= 6 and everything["next"] is None
    seen, url = [], f"/api/grades/v1/courses/?page_size=4&course_id={quote(DEMO_COURSE)}"
    while url:
        page = fake.course_staff.get(url).json()
        assert len(page["results"]) <= 4
        seen += page["results"]
        url = page["next"]
    assert seen == everything["results"]


def test_the_grading_policy_counts_graded_subsections(fake: Fake) -> None:
    assert fake.learner.get(f"/api/grades/v1/policy/courses/{DEMO_COURSE}/").status_code == 403
    policy = fake.course_staff.get(f"/api/grades/v1/policy/courses/{DEMO_COURSE}/").json()
    assert policy == [{"assignment_type": "Homework", "count": 2, "dropped": 0, "weight": 0.4},
                      {"assignment_type": "Exam", "count": 1, "dropped": 0, "weight": 0.6}]
    assert sum(p["weight"] for p in policy) == 1.0
    assert fake.staff.get("/api/grades/v1/policy/courses/course-v1:x+y+z/").status_code == 404


def test_a_subsection_grade_is_read_for_a_user_id(fake: Fake) -> None:
    users = {u["username"]: u["id"] for u in fake.staff.get("/api/user/v1/accounts",
                                                           params={"username": "verified,staff"}).json()}
    url = f"/api/grades/v1/subsection/{HOMEWORK}/"
    # Subsection grades are for the course's staff (course author access) and global staff.
    assert fake.learner.get(url, params={"user_id": users["verified"]}).status_code == 403
    grade = fake.course_staff.get(url, params={"user_id": users["verified"]}).json()
    assert grade["success"] is True and grade["user_id"] == users["verified"]
    assert grade["course_id"] == DEMO_COURSE and grade["override"] is None and grade["history"] == []
    assert grade["original_grade"]["possible_graded"] == 2.0
    assert grade["original_grade"]["earned_graded"] == 2.0  # verified solved both
    staff_grade = fake.staff.get(url, params={"user_id": users["staff"]}).json()
    assert staff_grade["original_grade"]["earned_all"] == 0.0
    # Another learner's grade is for course staff only.
    assert fake.learner.get(url, params={"user_id": users["staff"]}).status_code == 403
    assert fake.course_staff.get(url, params={"user_id": users["verified"]}).status_code == 200
    assert fake.course_staff.get(url, params={"user_id": 999999}).status_code == 404
    assert fake.course_staff.get(url).status_code == 400
    assert fake.course_staff.get(f"/api/grades/v1/subsection/{HOMEWORK}x/",
                                 params={"user_id": users["verified"]}).status_code == 404
