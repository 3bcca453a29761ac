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
    fake.staff.post("/api/enrollment/v1/unenroll/", json={"username": "verified"}).raise_for_status()
    assert fake.learner.get(path).json()["outline"] == {"sections": [], "sequences": {}}
    assert fake.learner.get("/api/learning_sequences/v1/course_outline/course-v1:x+y+z").status_code == 404
