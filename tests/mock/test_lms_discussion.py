"""Discussion threads, comments and topics in the LMS fake."""

from __future__ import annotations

import json
from typing import Any

import pytest

from .conftest import Fake

THREADS = "/api/discussion/v1/threads/"
COMMENTS = "/api/discussion/v1/comments/"
GENERAL = "course"


@pytest.fixture
def forum(fake: Fake) -> Fake:
    """The fake; the forum's writes send JSON bodies the description leaves undeclared (the
    reference names no field), which the fake passes to the handler unvalidated."""
    return fake


def _threads(client: Any, course: str, **params: Any) -> list[dict[str, Any]]:
    response = client.get(THREADS, params={"course_id": course, **params})
    assert response.status_code == 200, response.text
    results: list[dict[str, Any]] = response.json()["results"]
    return results


def _patch(client: Any, path: str, changes: Any) -> Any:
    """A JSON merge patch, the only body the platform's PATCH of a thread or comment takes."""
    return client.patch(path, content=json.dumps(changes),
                        headers={"Content-Type": "application/merge-patch+json"})


def _seeded(fake: Fake, title_start: str) -> dict[str, Any]:
    return next(t for t in _threads(fake.learner, fake.course) if t["title"].startswith(title_start))


def _new_thread(client: Any, course: str, **fields: Any) -> dict[str, Any]:
    body = {"course_id": course, "topic_id": GENERAL, "type": "discussion", "title": "Study group?",
            "raw_body": "Anyone up for a weekly call?", **fields}
    response = client.post(THREADS, json=body)
    assert response.status_code == 200, response.text
    created: dict[str, Any] = response.json()
    return created


def test_the_seeded_threads_are_listed_pinned_first(fake: Fake) -> None:
    threads = _threads(fake.learner, fake.course)
    assert [t["title"] for t in threads][0] == "Welcome to the Demonstration Course"
    assert threads[0]["pinned"] is True and threads[0]["author_label"] == "Staff"
    question = _seeded(fake, "How many attempts")
    # The post counts with its two responses and one comment.
    assert (question["type"], question["comment_count"], question["response_count"]) == ("question", 4, 2)
    assert question["has_endorsed"] is True and question["comment_list_url"] is None
    assert question["endorsed_comment_list_url"].endswith("&endorsed=True")


def test_a_created_thread_is_listed_read_and_filtered(forum: Fake) -> None:
    created = _new_thread(forum.learner, forum.course, following=True)
    assert (created["author"], created["comment_count"], created["following"]) == ("verified", 1, True)
    assert forum.learner.get(f"{THREADS}{created['id']}/").json()["title"] == "Study group?"
    assert [t["id"] for t in _threads(forum.learner, forum.course, topic_id=GENERAL)] == [
        _seeded(forum, "Welcome")["id"], created["id"]]
    assert [t["id"] for t in _threads(forum.learner, forum.course, following="true")
            if t["id"] == created["id"]] == [created["id"]]
    assert [t["title"] for t in _threads(forum.learner, forum.course, text_search="weekly call")] == [
        "Study group?"]
    assert {t["type"] for t in _threads(forum.learner, forum.course, thread_type="question")} == {"question"}
    # Someone else's view of the same thread: not following it.
    assert forum.course_staff.get(f"{THREADS}{created['id']}/").json()["following"] is False


def test_comments_count_on_the_thread_and_go_with_it(forum: Fake) -> None:
    thread = _new_thread(forum.learner, forum.course)
    response = forum.course_staff.post(COMMENTS, json={"thread_id": thread["id"], "raw_body": "Yes!"})
    assert response.status_code == 200, response.text
    reply = forum.learner.post(COMMENTS, json={"thread_id": thread["id"], "raw_body": "Great",
                                               "parent_id": response.json()["id"]})
    assert reply.status_code == 200 and reply.json()["parent_id"] == response.json()["id"]
    assert forum.learner.get(f"{THREADS}{thread['id']}/").json()["comment_count"] == 3
    listed = forum.learner.get(COMMENTS, params={"thread_id": thread["id"]}).json()["results"]
    assert [(c["raw_body"], c["child_count"]) for c in listed] == [("Yes!", 1)]
    children = forum.learner.get(f"{COMMENTS}{response.json()['id']}/").json()["results"]
    assert [c["raw_body"] for c in children] == ["Great"]
    assert forum.learner.delete(f"{THREADS}{thread['id']}/").status_code == 204
    assert forum.learner.get(f"{COMMENTS}{reply.json()['id']}/").status_code == 404
    assert forum.learner.delete(f"{THREADS}{thread['id']}/").status_code == 404


def test_deleting_a_response_deletes_its_comments(forum: Fake) -> None:
    question = _seeded(forum, "How many attempts")
    answer = forum.learner.get(COMMENTS, params={"thread_id": question["id"], "endorsed": "true"}
                               ).json()["results"][0]
    assert forum.learner.delete(f"{COMMENTS}{answer['id']}/").status_code == 403
    assert forum.course_staff.delete(f"{COMMENTS}{answer['id']}/").status_code == 204
    assert forum.learner.get(f"{THREADS}{question['id']}/").json()["comment_count"] == 2
    assert forum.course_staff.delete(f"{COMMENTS}{answer['id']}/").status_code == 404


def test_only_author_or_staff_edit_content_but_anyone_sets_own_flags(forum: Fake) -> None:
    welcome = _seeded(forum, "Welcome")
    path = f"{THREADS}{welcome['id']}/"
    # As on the platform, a field the caller may not edit is a bad request.
    assert _patch(forum.learner, path, {"title": "Mine now"}).status_code == 400
    assert _patch(forum.learner, path, {"pinned": False}).status_code == 400
    # Only a merge patch is taken.
    assert forum.learner.patch(path, json={"voted": True}).status_code == 415
    voted = _patch(forum.learner, path, {"voted": True, "abuse_flagged": True})
    assert voted.status_code == 200, voted.text
    # `verified` had voted already in the seed: the count stays, its own flags change.
    assert (voted.json()["voted"], voted.json()["vote_count"], voted.json()["abuse_flagged"]) == (
        True, 2, True)
    unvoted = _patch(forum.learner, path, {"voted": False}).json()
    assert (unvoted["voted"], unvoted["vote_count"]) == (False, 1)
    assert _patch(forum.course_staff, path, {"title": "Welcome, everyone"}).json()["title"] == (
        "Welcome, everyone")
    assert forum.learner.delete(path).status_code == 403
    own = _new_thread(forum.learner, forum.course)
    changed = _patch(forum.learner, f"{THREADS}{own['id']}/", {"raw_body": "Edited", "type": "question"})
    assert (changed.json()["raw_body"], changed.json()["type"]) == ("Edited", "question")
    assert "pinned" not in changed.json()["editable_fields"]


def test_endorsing_is_for_staff_or_the_questions_author(forum: Fake) -> None:
    question = _seeded(forum, "How many attempts")
    other = forum.learner.get(COMMENTS, params={"thread_id": question["id"], "endorsed": "false"}
                              ).json()["results"]
    assert [c["author"] for c in other] == ["audit"]
    path = f"{COMMENTS}{other[0]['id']}/"
    assert _patch(forum.learner, path, {"endorsed": True}).json()["endorsed_by"] == "verified"
    labs = _seeded(forum, "Share your")
    response = forum.learner.get(COMMENTS, params={"thread_id": labs["id"]}).json()["results"][0]
    assert _patch(forum.learner, f"{COMMENTS}{response['id']}/", {"endorsed": True}).status_code == 400
    assert _patch(forum.learner, f"{COMMENTS}{response['id']}/", {"raw_body": "x"}).status_code == 400
    assert _patch(forum.course_staff, f"{COMMENTS}{response['id']}/", {"endorsed": True}
                                    ).json()["endorsed"] is True


def test_a_closed_thread_takes_comments_from_staff_only(forum: Fake) -> None:
    labs = _seeded(forum, "Share your")
    closed = _patch(forum.course_staff, f"{THREADS}{labs['id']}/", {"closed": True})
    assert closed.json()["closed"] is True
    body = {"thread_id": labs["id"], "raw_body": "Late result"}
    assert forum.learner.post(COMMENTS, json=body).status_code == 403
    assert forum.course_staff.post(COMMENTS, json=body).status_code == 200


def test_unenrolled_users_may_not_read_or_post(forum: Fake) -> None:
    forum.service.post("/api/enrollment/v1/unenroll/", json={"username": "verified"}).raise_for_status()
    # The course check of the discussion API answers 404 to a caller who may not use it.
    assert forum.learner.get(THREADS, params={"course_id": forum.course}).status_code == 404
    assert forum.learner.post(THREADS, json={"course_id": forum.course, "topic_id": GENERAL,
                                             "type": "discussion", "title": "t", "raw_body": "b"}
                              ).status_code == 404
    assert forum.learner.get(f"/api/discussion/v1/courses/{forum.course}").status_code == 404
    assert forum.anonymous.get(THREADS, params={"course_id": forum.course}).status_code == 401
    # Global staff need no enrollment.
    assert len(_threads(forum.staff, forum.course)) == 3


@pytest.mark.parametrize("change", [
    {"title": ""}, {"type": "poll"}, {"topic_id": "nowhere"}, {"course_id": "not a course key"},
    {"anonymous": "yes"},
])
def test_a_bad_thread_is_a_400(forum: Fake, change: dict[str, Any]) -> None:
    body = {"course_id": forum.course, "topic_id": GENERAL, "type": "discussion", "title": "t",
            "raw_body": "b", **change}
    assert forum.learner.post(THREADS, json=body).status_code == 400


def test_bad_input_elsewhere_is_a_400(forum: Fake) -> None:
    question = _seeded(forum, "How many attempts")
    assert forum.learner.post(THREADS, json=["not", "an", "object"]).status_code == 400
    assert _patch(forum.learner, f"{THREADS}{question['id']}/", {"voted": "yes"}).status_code == 400
    assert _patch(forum.learner, f"{THREADS}{question['id']}/", {"author": "me"}).status_code == 400
    assert forum.learner.get(COMMENTS, params={"thread_id": question["id"]}).status_code == 400
    assert forum.learner.get(COMMENTS).status_code == 400
    assert forum.learner.get(THREADS, params={"course_id": forum.course, "order_by": "x"}).status_code == 400
    child = forum.learner.get(f"{COMMENTS}{_endorsed_answer(forum, question)['id']}/").json()["results"][0]
    nested = {"thread_id": question["id"], "raw_body": "deeper", "parent_id": child["id"]}
    assert forum.learner.post(COMMENTS, json=nested).status_code == 400
    assert forum.learner.post(COMMENTS, json={"thread_id": "nope", "raw_body": "x"}).status_code == 400


def _endorsed_answer(fake: Fake, question: dict[str, Any]) -> dict[str, Any]:
    page = fake.learner.get(COMMENTS, params={"thread_id": question["id"], "endorsed": "true"}).json()
    answer: dict[str, Any] = page["results"][0]
    return answer


def test_a_users_comments_in_a_course_leave_out_endorsement(fake: Fake) -> None:
    page = fake.learner.get(COMMENTS, params={"username": "course_staff", "course_id": fake.course})
    assert [c["raw_body"] for c in page.json()["results"]] == ["Each homework problem allows two attempts."]
    assert page.json()["results"][0]["endorsed_by"] is None
    assert fake.learner.get(COMMENTS, params={"username": "course_staff"}).status_code == 400


def test_course_metadata_and_roles(fake: Fake) -> None:
    path = f"/api/discussion/v1/courses/{fake.course}"
    learner = fake.learner.get(path).json()
    assert (learner["user_roles"], learner["has_moderation_privileges"]) == (["Student"], False)
    assert "user_is_privileged" not in learner  # the platform does not send it
    assert learner["following_thread_list_url"] == learner["thread_list_url"] + "&following=True"
    staff = fake.course_staff.get(path).json()
    assert staff["has_moderation_privileges"] is True and "Moderator" in staff["user_roles"]
    assert staff["is_course_staff"] is True
    assert fake.learner.get("/api/discussion/v1/courses/course-v1:x+y+z").status_code == 404


def test_topics_are_the_chapters_and_the_general_topic(forum: Fake) -> None:
    v1 = forum.learner.get(f"/api/discussion/v1/course_topics/{forum.course}").json()
    assert all(c["id"] is None and c["thread_counts"] is None for c in v1["courseware_topics"])
    names = [t["children"][0]["name"] for t in v1["courseware_topics"]]
    assert names == ["Introduction", "Example Week 1: Getting Started", "Example Week 2: Get Interactive",
                     "Final Exam"]
    assert [t["id"] for t in v1["non_courseware_topics"]] == [GENERAL]
    path = f"/api/discussion/v2/course_topics/{forum.course}"
    before = forum.learner.get(path, params={"topic_id": GENERAL}).json()
    assert before == [{"id": GENERAL, "name": "General", "enabled_in_context": True,
                       "thread_counts": {"discussion": 1, "question": 0}, "usage_key": None}]
    _new_thread(forum.learner, forum.course, type="question")
    after = forum.learner.get(path, params={"topic_id": GENERAL}).json()
    assert after[0]["thread_counts"] == {"discussion": 1, "question": 1}
    by_name = forum.learner.get(path, params={"order_by": "name"}).json()
    assert [t["name"] for t in by_name][:2] == ["Example Week 1: Getting Started",
                                                "Example Week 2: Get Interactive"]
    assert forum.learner.get(path, params={"order_by": "random"}).status_code == 400


def test_an_upload_answers_where_the_file_is(forum: Fake) -> None:
    path = f"/api/discussion/v1/courses/{forum.course}/upload"
    files = {"uploaded_file": ("notes.png", b"\x89PNG\r\n", "image/png")}
    stored = forum.learner.post(path, files=files, data={"thread_key": "root"})
    assert stored.status_code == 200, stored.text
    assert "/root/" in stored.json()["location"]
    assert forum.learner.post(path, data={"thread_key": "root"}).status_code == 400
    # A course the learner is not enrolled in (here, none at all) is refused.
    assert forum.learner.post("/api/discussion/v1/courses/course-v1:x+y+z/upload",
                              files=files).status_code == 403
