"""The learning_sequences outline in the LMS fake."""

from __future__ import annotations

from edx_mock.lms.world import demo_course

from .conftest import Fake

COURSE = demo_course()


def test_the_learning_sequences_outline(fake: Fake) -> None:
    path = f"/api/learning_sequences/v1/course_outline/{fake.course}"
    outline = fake.learner.get(path).json()
    assert outline["username"] == "verified"
    sections = outline["outline"]["sections"]
    assert [s["id"] for s in sections] == COURSE.blocks[COURSE.root].children
    assert len(outline["outline"]["sequences"]) == 6
    fake.service.post("/api/enrollment/v1/unenroll/", json={"username": "verified"}).raise_for_status()
    assert fake.learner.get(path).json()["outline"] == {"sections": [], "sequences": {}}
    assert fake.learner.get("/api/learning_sequences/v1/course_outline/course-v1:x+y+z").status_code == 404


def test_the_outline_as_another_user_needs_course_staff(fake: Fake) -> None:
    path = f"/api/learning_sequences/v1/course_outline/{fake.course}"
    assert fake.learner.get(path, params={"user": "audit"}).status_code == 403
    assert fake.learner.get(path, params={"user": "verified"}).json()["username"] == "verified"
    as_audit = fake.course_staff.get(path, params={"user": "audit"}).json()
    assert as_audit["username"] == "audit" and as_audit["outline"]["sections"]
    anonymous = fake.course_staff.get(path, params={"user": ""}).json()
    assert anonymous["user_id"] is None and anonymous["outline"]["sections"] == []
    assert fake.course_staff.get(path, params={"user": "nobody"}).status_code == 404
    assert fake.learner.get("/api/learning_sequences/v1/course_outline/not-a-key").status_code == 400


def test_the_outline_carries_the_courses_publication(fake: Fake) -> None:
    outline = fake.learner.get(f"/api/learning_sequences/v1/course_outline/{fake.course}").json()
    assert {"published_at", "published_version", "entrance_exam_id", "at_time"} <= set(outline)
    assert "course_visibility" not in outline
