"""Bookmarks in the LMS fake: a user's own, created, listed newest first, read and deleted."""

from __future__ import annotations

from urllib.parse import quote

from edx_mock.lms.world import DEMO_COURSE, demo_course

from .conftest import Fake

BOOKMARKS = "/api/bookmarks/v1/bookmarks/"
BLOCKS = {b.display_name: b.id for b in demo_course().walk() if b.type != "problem"}
LESSON = BLOCKS["Lesson 1 - Getting Started"]


def one(username: str, usage_id: str) -> str:
    return f"{BOOKMARKS}{username},{quote(usage_id)}/"


def test_seeded_bookmarks_are_listed_newest_first(fake: Fake) -> None:
    page = fake.learner.get(BOOKMARKS, params={"fields": "display_name,path"}).json()
    assert page["count"] == 2 and page["next"] is None
    assert [b["created"] for b in page["results"]] == ["2026-01-06T09:00:00Z", "2026-01-05T09:00:00Z"]
    newest = page["results"][0]
    assert newest["block_type"] == "problem" and newest["display_name"] == "Problem 1"
    assert [p["display_name"] for p in newest["path"]] == ["Final Exam", "Final Exam",
                                                           "Final Exam (unit)"]
    assert all(set(p) == {"usage_key", "display_name"} for p in newest["path"])
    assert "path" not in fake.learner.get(BOOKMARKS).json()["results"][0]
    assert fake.course_staff.get(BOOKMARKS).json()["count"] == 0


def test_a_bookmark_is_created_read_and_deleted(fake: Fake) -> None:
    created = fake.learner.post(BOOKMARKS, json={"usage_id": LESSON})
    assert created.status_code == 201, created.text
    assert created.json()["id"] == f"verified,{LESSON}"
    assert created.json()["display_name"] == "Lesson 1 - Getting Started"
    listed = fake.learner.get(BOOKMARKS, params={"course_id": DEMO_COURSE}).json()
    assert listed["count"] == 3 and listed["results"][0]["usage_id"] == LESSON
    read = fake.learner.get(one("verified", LESSON), params={"fields": "display_name"})
    assert read.json()["display_name"] == "Lesson 1 - Getting Started"
    assert "path" not in read.json()
    assert fake.learner.delete(one("verified", LESSON)).status_code == 204
    assert fake.learner.delete(one("verified", LESSON)).status_code == 404
    assert fake.learner.get(one("verified", LESSON)).status_code == 404
    assert fake.learner.get(BOOKMARKS).json()["count"] == 2


def test_bookmarking_twice_answers_the_same_bookmark(fake: Fake) -> None:
    first = fake.learner.post(BOOKMARKS, json={"usage_id": LESSON}).json()
    again = fake.learner.post(BOOKMARKS, json={"usage_id": LESSON})
    assert again.status_code == 201 and again.json() == first
    assert fake.learner.get(BOOKMARKS).json()["count"] == 3


def test_unknown_blocks_and_courses_not_taken_are_400(fake: Fake) -> None:
    assert fake.learner.post(BOOKMARKS, json={"usage_id": "not a key"}).status_code == 400
    assert fake.learner.post(BOOKMARKS, json={"usage_id": LESSON + "x"}).status_code == 400
    assert fake.learner.post(BOOKMARKS, json={"usage_id": 7}).status_code == 400
    # Unenrolled, the learner may no longer bookmark the course; global staff, staff of
    # every course, may without enrolling.
    fake.service.post("/api/enrollment/v1/unenroll/", json={"username": "verified"}).raise_for_status()
    assert fake.learner.post(BOOKMARKS, json={"usage_id": LESSON}).status_code == 400
    assert fake.staff.post(BOOKMARKS, json={"usage_id": LESSON}).status_code == 201


def test_another_users_bookmarks_are_refused(fake: Fake) -> None:
    seeded = fake.learner.get(BOOKMARKS).json()["results"][0]["usage_id"]
    assert fake.learner.get(one("verified", seeded)).status_code == 200
    assert fake.learner.get(one("VERIFIED", seeded)).status_code == 200  # names compare caseless
    assert fake.staff.get(one("verified", seeded)).status_code == 403
    assert fake.course_staff.delete(one("verified", seeded)).status_code == 403
    assert fake.learner.get(BOOKMARKS).json()["count"] == 2


def test_pages_and_filters(fake: Fake) -> None:
    for name in ("Demo Course Overview", "Homework - Labs and Demos", "Final Exam"):
        fake.learner.post(BOOKMARKS, json={"usage_id": BLOCKS[name]}).raise_for_status()
    first = fake.learner.get(BOOKMARKS, params={"page_size": 2}).json()
    assert (first["count"], first["num_pages"], len(first["results"])) == (5, 3, 2)
    assert first["results"][0]["usage_id"] == BLOCKS["Final Exam"]
    last = fake.learner.get(first["next"].replace("http://testserver", "")).json()
    assert last["current_page"] == 2 and last["previous"] is not None
    assert fake.learner.get(BOOKMARKS, params={"page": 4, "page_size": 2}).status_code == 404
    assert fake.learner.get(BOOKMARKS, params={"course_id": "course-v1:x+y+z"}).json()["count"] == 0
    # Not a course key: the platform's filter matches nothing rather than refusing.
    nonsense = fake.learner.get(BOOKMARKS, params={"course_id": "nonsense"})
    assert nonsense.status_code == 200 and nonsense.json()["results"] == []
