"""Enrollments in the LMS fake: writes are visible to later reads."""

from __future__ import annotations

from .conftest import Fake

ENROLL = "/api/enrollment/v1/enrollment"


def test_a_learner_enrolls_themself_and_sees_it(fake: Fake) -> None:
    fake.staff.post("/api/course_modes/v1/courses/" + fake.course + "/", json={
        "course_id": fake.course, "mode_slug": "masters", "mode_display_name": "Master's",
        "currency": "usd"}).raise_for_status()
    assert fake.service.post("/api/enrollment/v1/unenroll/", json={"username": "verified"}).json() == [
        fake.course.split(":")[1].split("+")[0]]
    # Nothing is active any more: 204, and an unknown user has no retirement request: 404.
    assert fake.service.post("/api/enrollment/v1/unenroll/", json={"username": "verified"}).status_code == 204
    assert fake.service.post("/api/enrollment/v1/unenroll/", json={"username": "nobody"}).status_code == 404
    assert fake.learner.get(ENROLL).json() == []
    created = fake.learner.post(ENROLL, json={"course_details": {"course_id": fake.course}})
    assert created.status_code == 200, created.text
    # Enrolling again reactivates the old enrollment, in its old mode.
    assert created.json()["mode"] == "verified" and created.json()["is_active"] is True
    listed = fake.learner.get(ENROLL).json()
    assert [e["course_details"]["course_id"] for e in listed] == [fake.course]


def test_only_server_to_server_calls_change_a_mode(fake: Fake) -> None:
    body = {"course_details": {"course_id": fake.course}, "mode": "honor"}
    assert fake.learner.post(ENROLL, json=body).status_code == 403
    changed = fake.staff.post(ENROLL, json={**body, "user": "verified"})
    assert changed.json()["mode"] == "honor"
    one = fake.learner.get(f"/api/enrollment/v1/enrollment/{fake.course}")
    assert one.json()["mode"] == "honor"


def test_enrolling_someone_else_or_a_paid_mode_needs_staff(fake: Fake) -> None:
    course = {"course_details": {"course_id": fake.course}}
    assert fake.learner.post(ENROLL, json={**course, "user": "audit"}).status_code == 404
    assert fake.learner.post(ENROLL, json={**course, "email": "x@example.com"}).status_code == 404
    assert fake.learner.post(ENROLL, json={**course, "mode": "verified"}).status_code == 403
    assert fake.staff.post(ENROLL, json={**course, "user": "nobody"}).status_code == 406


def test_course_enrollment_information(fake: Fake) -> None:
    info = fake.learner.get(f"/api/enrollment/v1/course/{fake.course}").json()
    assert info["course_id"] == fake.course
    assert info["pacing_type"] in ("Self Paced", "Instructor Paced")
    assert fake.learner.get("/api/enrollment/v1/course/course-v1:no+such+run").status_code == 400


def test_unknown_course_or_mode_is_a_400(fake: Fake) -> None:
    assert fake.learner.post(ENROLL, json={}).status_code == 400
    assert fake.learner.post(ENROLL, json={"course_details": {"course_id": "course-v1:a+b+c"}}
                             ).status_code == 400
    assert fake.staff.post(ENROLL, json={"course_details": {"course_id": fake.course},
                                         "mode": "nope"}).status_code == 400


def test_another_users_enrollment_needs_global_staff(fake: Fake) -> None:
    path = f"/api/enrollment/v1/enrollment/audit,{fake.course}"
    assert fake.learner.get(path).status_code == 404
    assert fake.course_staff.get(path).status_code == 404
    assert fake.staff.get(path).json()["user"] == "audit"
    assert fake.course_staff.get(ENROLL, params={"user": "audit"}).json()[0]["mode"] == "audit"
    assert fake.learner.get(ENROLL, params={"user": "audit"}).json() == []


def test_the_enrollments_list_is_global_staff_only_and_filters(fake: Fake) -> None:
    path = "/api/enrollment/v1/enrollments/"
    assert fake.course_staff.get(path).status_code == 403
    page = fake.staff.get(path, params={"username": "audit,honor"}).json()
    assert sorted(r["user"] for r in page["results"]) == ["audit", "honor"]
    assert fake.staff.get(path, params={"course_id": "course-v1:x+y+z"}).json()["results"] == []
    assert fake.staff.get(path, params={"course_id": "not a key"}).status_code == 400


def test_the_cursor_walks_every_enrollment_once(fake: Fake) -> None:
    path, seen = "/api/enrollment/v1/enrollments/?page_size=4", []
    url: str | None = path
    while url:
        page = fake.staff.get(url).json()
        seen += [(r["user"], r["course_id"]) for r in page["results"]]
        url = page["next"]
    everything = fake.staff.get("/api/enrollment/v1/enrollments/?page_size=100").json()["results"]
    assert len(seen) == len(set(seen)) == len(everything) >= 6
