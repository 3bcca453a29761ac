"""Academic credit in the LMS fake: staff manage credit courses, anyone reads providers, users
read their own eligibility."""

from __future__ import annotations

from .conftest import Fake

COURSES = "/api/credit/v1/courses/"
OTHER = "course-v1:edX+CreditX+2026"


def test_the_demo_course_is_a_seeded_credit_course(fake: Fake) -> None:
    assert fake.staff.get(COURSES).json() == [{"course_key": fake.course, "enabled": True}]
    assert fake.staff.get(COURSES + fake.course + "/").json()["enabled"] is True


def test_created_put_and_patched_credit_courses_are_read_back(fake: Fake) -> None:
    created = fake.staff.post(COURSES, json={"course_key": OTHER})
    assert created.status_code == 201 and created.json() == {"course_key": OTHER, "enabled": False}
    assert fake.staff.post(COURSES, json={"course_key": OTHER}).status_code == 400
    patched = fake.staff.patch(COURSES + OTHER + "/", json={"course_key": OTHER, "enabled": True})
    assert patched.json()["enabled"] is True
    assert fake.staff.get(COURSES + OTHER + "/").json()["enabled"] is True
    assert [c["course_key"] for c in fake.staff.get(COURSES).json()] == [fake.course, OTHER]
    # PUT creates a course that is not yet a credit course, and replaces one that is.
    third = "course-v1:edX+CreditY+2026"
    assert fake.staff.put(COURSES + third + "/", json={"course_key": third, "enabled": True}
                          ).json() == {"course_key": third, "enabled": True}
    assert fake.staff.put(COURSES + third + "/", json={"course_key": third}).json()["enabled"] is False


def test_credit_courses_are_global_staff_only(fake: Fake) -> None:
    assert fake.learner.get(COURSES).status_code == 403
    assert fake.course_staff.get(COURSES + fake.course + "/").status_code == 403
    assert fake.course_staff.post(COURSES, json={"course_key": OTHER}).status_code == 403
    assert fake.learner.patch(COURSES + fake.course + "/", json={"course_key": fake.course}
                              ).status_code == 403
    assert fake.learner.put(COURSES + fake.course + "/", json={"course_key": fake.course}
                            ).status_code == 403
    assert fake.anonymous.get(COURSES).status_code == 401


def test_bad_credit_course_input(fake: Fake) -> None:
    assert fake.staff.post(COURSES, json={"course_key": "not a key"}).status_code == 400
    assert fake.staff.patch(COURSES + fake.course + "/", json={"course_key": OTHER}).status_code == 400
    assert fake.staff.put(COURSES + "not-a-key/", json={"course_key": "not-a-key"}).status_code == 404
    assert fake.staff.get(COURSES + OTHER + "/").status_code == 404
    assert fake.staff.patch(COURSES + OTHER + "/", json={"course_key": OTHER}).status_code == 404


def test_providers_are_readable_by_any_user(fake: Fake) -> None:
    providers = fake.learner.get("/api/credit/v1/providers/").json()
    assert [p["id"] for p in providers] == ["hogwarts"]
    one = fake.learner.get("/api/credit/v1/providers/hogwarts/").json()
    assert one["status_url"] == "https://credit.example.com/status/"
    assert fake.learner.get("/api/credit/v1/providers/", params={"provider_ids": "other"}).json() == []
    assert fake.learner.get("/api/credit/v1/providers/nobody/").status_code == 404


def test_eligibility_is_the_users_own_or_staffs(fake: Fake) -> None:
    path = "/api/credit/v1/eligibility/"
    mine = fake.learner.get(path, params={"username": "verified", "course_key": fake.course}).json()
    assert mine == [{"username": "verified", "course_key": fake.course,
                     "deadline": "2027-01-05T09:00:00Z"}]
    assert fake.learner.get(path).json() == mine
    assert fake.learner.get(path, params={"course_key": OTHER}).json() == []
    assert fake.learner.get(path, params={"username": "audit"}).status_code == 403
    assert fake.course_staff.get(path, params={"username": "verified"}).status_code == 403
    assert fake.staff.get(path, params={"username": "verified"}).json() == mine
