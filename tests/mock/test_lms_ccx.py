"""CCX courses in the LMS fake: the seeded CCX, creation with the coach enrolled, who may do what."""

from __future__ import annotations

from typing import Any

from .conftest import Fake

CCX = "/api/ccx/v0/ccx/"
SEEDED = "ccx-v1:edX+DemoX+Demo_Course+ccx@1"


def _body(fake: Fake, **changes: Any) -> dict[str, Any]:
    return {"master_course_id": fake.course, "coach_email": "audit@example.com",
            "display_name": "Evening cohort", "start": "2026-03-01T00:00:00Z",
            "due": "2026-05-01T00:00:00Z", "max_students_allowed": 30, **changes}


def test_the_demo_course_has_a_seeded_ccx_coached_by_course_staff(fake: Fake) -> None:
    page = fake.course_staff.get(CCX, params={"master_course_id": fake.course}).json()
    assert page["count"] == 1 and page["next"] is None
    assert page["results"][0]["ccx_course_id"] == SEEDED
    assert page["results"][0]["coach_email"] == "course_staff@example.com"
    assert page["results"][0]["max_students_allowed"] == 25


def test_a_created_ccx_is_read_listed_and_enrolls_its_coach(fake: Fake) -> None:
    created = fake.course_staff.post(CCX, json=_body(fake))
    assert created.status_code == 201, created.text
    ccx_id = created.json()["ccx_course_id"]
    assert ccx_id == "ccx-v1:edX+DemoX+Demo_Course+ccx@2"
    assert fake.course_staff.get(CCX + ccx_id + "/").json()["display_name"] == "Evening cohort"
    listed = fake.staff.get(CCX, params={"master_course_id": fake.course}).json()
    assert [c["ccx_course_id"] for c in listed["results"]] == [SEEDED, ccx_id]
    # The coach is enrolled in the new CCX, as the enrollment API shows.
    enrollment = fake.staff.get(f"/api/enrollment/v1/enrollment/audit,{ccx_id}")
    assert enrollment.status_code == 200, enrollment.text
    assert enrollment.json()["is_active"] is True


def test_the_list_pages_and_orders(fake: Fake) -> None:
    for name in ("B cohort", "A cohort"):
        fake.course_staff.post(CCX, json=_body(fake, display_name=name)).raise_for_status()
    first = fake.staff.get(CCX, params={"page_size": 2, "order_by": "display_name"}).json()
    assert first["count"] == 3
    assert [c["display_name"] for c in first["results"]] == ["A cohort", "B cohort"]
    second = fake.staff.get(first["next"]).json()
    assert [c["ccx_course_id"] for c in second["results"]] == [SEEDED]
    desc = fake.staff.get(CCX, params={"sort_order": "desc"}).json()["results"]
    assert desc[-1]["ccx_course_id"] == SEEDED


def test_patch_changes_fields_and_moves_the_coach(fake: Fake) -> None:
    path = CCX + SEEDED + "/"
    changed = fake.course_staff.patch(path, json=_body(fake, coach_email="honor@example.com",
                                                       max_students_allowed=5))
    assert changed.status_code == 204, changed.text
    assert fake.course_staff.get(path).json()["coach_email"] == "honor@example.com"
    assert fake.course_staff.get(path).json()["max_students_allowed"] == 5
    # The new coach may now read it; the course's staff still may.
    honor_enrollment = fake.staff.get(f"/api/enrollment/v1/enrollment/honor,{SEEDED}")
    assert honor_enrollment.json()["is_active"] is True
    moved = fake.course_staff.patch(path, json=_body(fake, master_course_id="course-v1:x+y+z"))
    assert moved.status_code == 403


def test_delete_removes_the_ccx_and_its_enrollments(fake: Fake) -> None:
    path = CCX + SEEDED + "/"
    assert fake.course_staff.delete(path).status_code == 204
    # The view checks its object permission on what it looked up, and finds no CCX to be
    # staff of: 403, as the platform's own tests of CCXDetailView expect (test_detail_wrong_ccx).
    assert fake.course_staff.delete(path).status_code == 403
    assert fake.course_staff.get(path).status_code == 403
    assert fake.staff.get(CCX).json()["count"] == 0
    gone = fake.staff.get(f"/api/enrollment/v1/enrollment/course_staff,{SEEDED}")
    assert gone.status_code == 404


def test_only_master_course_staff_or_the_coach_may_act(fake: Fake) -> None:
    path = CCX + SEEDED + "/"
    assert fake.learner.post(CCX, json=_body(fake)).status_code == 403
    assert fake.learner.get(CCX, params={"master_course_id": fake.course}).status_code == 403
    # Without a master course, a learner sees only the (no) CCXs of courses they are staff of.
    assert fake.learner.get(CCX).json()["count"] == 0
    assert fake.learner.get(path).status_code == 403
    assert fake.learner.patch(path, json=_body(fake)).status_code == 403
    assert fake.learner.delete(path).status_code == 403
    assert fake.anonymous.get(path).status_code == 401
    # `verified` becomes the coach of a new CCX: then they may read and change it.
    ccx_id = fake.course_staff.post(CCX, json=_body(fake, coach_email="verified@example.com")
                             ).json()["ccx_course_id"]
    assert fake.learner.get(CCX + ccx_id + "/").json()["coach_email"] == "verified@example.com"
    assert fake.learner.patch(CCX + ccx_id + "/", json=_body(
        fake, coach_email="verified@example.com", display_name="Mine")).status_code == 204


def test_bad_input_is_a_400(fake: Fake) -> None:
    assert fake.course_staff.post(CCX, json=_body(fake, coach_email="nobody@example.com")).status_code == 400
    # A master course the caller has no role in is refused before it is looked up.
    elsewhere = _body(fake, master_course_id="course-v1:x+y+z")
    assert fake.course_staff.post(CCX, json=elsewhere).status_code == 403
    assert fake.course_staff.post(CCX, json=_body(fake, start="next tuesday")).status_code == 400
    assert fake.course_staff.post(CCX, json=_body(fake, max_students_allowed=-1)).status_code == 400
    assert fake.course_staff.post(CCX, json={"display_name": "x"}).status_code == 400
    assert fake.staff.get(CCX, params={"master_course_id": "course-v1:x+y+z"}).status_code == 400
    assert fake.staff.get(CCX).json()["count"] == 1
