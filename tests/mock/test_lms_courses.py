"""The Course Blocks API in the LMS fake: depth, requested fields, subtrees, who may see what."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from edx_mock.lms.world import demo_course

from .conftest import Fake

BLOCKS = "/api/courses/v1/blocks/"
COURSE = demo_course()


def _blocks(client: Any, course: str, **params: Any) -> Any:
    return client.get(BLOCKS, params={"course_id": course, **params})


def _chapter(n: int) -> str:
    return COURSE.blocks[COURSE.root].children[n]


def test_depth_decides_how_far_down_the_tree_goes(fake: Fake) -> None:
    only_root = _blocks(fake.learner, fake.course, username="verified").json()
    assert only_root["root"] == COURSE.root and list(only_root["blocks"]) == [COURSE.root]
    everything = _blocks(fake.learner, fake.course, username="verified", depth="all").json()
    assert len(everything["blocks"]) == len(COURSE.blocks) == 29
    two = _blocks(fake.learner, fake.course, username="verified", depth="2",
                  requested_fields="children").json()["blocks"]
    assert {b["type"] for b in two.values()} == {"course", "chapter", "sequential"}
    # Children are listed as far as the answer goes: a subsection's units are left out.
    assert all("children" not in b for b in two.values() if b["type"] == "sequential")
    assert two[_chapter(1)]["children"] == COURSE.blocks[_chapter(1)].children


def test_requested_fields_counts_filters_and_lists(fake: Fake) -> None:
    page = _blocks(fake.learner, fake.course, username="verified", depth="all",
                   requested_fields="graded,format,due", block_counts="problem",
                   block_types_filter="sequential", return_type="list").json()
    graded = [(b["display_name"], b["format"], b["due"]) for b in page["blocks"] if b["graded"]]
    assert graded == [("Homework - Question Styles", "Homework", "2026-04-15T23:59:00Z"),
                      ("Homework - Labs and Demos", "Homework", "2026-05-15T23:59:00Z"),
                      ("Final Exam", "Exam", "2026-06-15T23:59:00Z")]
    assert {b["type"] for b in page["blocks"]} == {"sequential"}
    assert sum(b["block_counts"]["problem"] for b in page["blocks"]) == 7
    videos = _blocks(fake.learner, fake.course, username="verified", depth="all",
                     student_view_data="video", block_types_filter="video,html").json()["blocks"]
    assert {b["type"]: "student_view_data" in b for b in videos.values()} == {"video": True, "html": False}


def test_a_subtree_is_read_by_usage_key(fake: Fake) -> None:
    path = f"{BLOCKS}{quote(_chapter(3))}"
    tree = fake.learner.get(path, params={"username": "verified", "depth": "all"}).json()
    assert tree["root"] == _chapter(3)
    assert [b["display_name"] for b in tree["blocks"].values()][:2] == ["Final Exam", "Final Exam"]
    assert len(tree["blocks"]) == 5
    missing = _chapter(3).replace("block@", "block@0")
    assert fake.learner.get(f"{BLOCKS}{quote(missing)}", params={"username": "verified"}).status_code == 404


def test_whose_blocks_may_be_asked_for(fake: Fake) -> None:
    assert _blocks(fake.learner, fake.course, username="audit").status_code == 403
    assert _blocks(fake.learner, fake.course, all_blocks="true").status_code == 403
    assert _blocks(fake.learner, fake.course, username="").status_code == 403
    assert _blocks(fake.course_staff, fake.course, username="audit").status_code == 200
    assert _blocks(fake.course_staff, fake.course, all_blocks="true", depth="1").json()["root"] == COURSE.root
    # The global staff user is not enrolled but may see the course as staff.
    assert _blocks(fake.staff, fake.course, username="staff").status_code == 200


def test_the_blocks_of_a_course_one_is_not_enrolled_in_are_refused(fake: Fake) -> None:
    fake.service.post("/api/enrollment/v1/unenroll/", json={"username": "verified"}).raise_for_status()
    assert _blocks(fake.learner, fake.course, username="verified").status_code == 403
    assert _blocks(fake.course_staff, fake.course, username="verified").status_code == 403


def test_bad_blocks_requests_are_400s(fake: Fake) -> None:
    assert _blocks(fake.learner, fake.course).status_code == 400  # no username, no all_blocks
    assert _blocks(fake.learner, "not a course", username="verified").status_code == 400
    assert _blocks(fake.learner, "course-v1:x+y+z", username="verified").status_code == 400
    assert _blocks(fake.learner, fake.course, username="verified", depth="deep").status_code == 400
    assert _blocks(fake.course_staff, fake.course, username="nobody").status_code == 400


def test_the_course_list_nests_its_paging_under_pagination(fake: Fake) -> None:
    page = fake.learner.get("/api/courses/v1/courses/", params={"username": "verified"}).json()
    assert set(page) == {"results", "pagination"}
    assert set(page["pagination"]) == {"count", "next", "previous", "num_pages"}
    assert fake.course in [c["id"] for c in page["results"]]
    assert all(isinstance(c["hidden"], bool) for c in page["results"])
    edx = fake.learner.get("/api/courses/v1/courses/", params={"org": "EDX"}).json()
    assert {c["org"] for c in edx["results"]} == {"edX"}
    assert fake.learner.get("/api/courses/v1/courses/", params={"username": "audit"}).status_code == 403
    assert fake.learner.get("/api/courses/v1/courses/", params={"page": 99}).status_code == 404
