"""Proctored and timed exams in the LMS fake: the exam/attempt flow an integrator drives."""

from __future__ import annotations

from urllib.parse import quote

from .conftest import Fake

BASE = "/api/edx_proctoring/v1/proctored_exam"


def _course_exams(fake: Fake) -> list[dict]:
    response = fake.learner.get(f"{BASE}/exam/course_id/{quote(fake.course)}")
    assert response.status_code == 200
    return response.json()


def test_exams_are_read_by_id_and_by_course(fake: Fake) -> None:
    exams = _course_exams(fake)
    assert {e["exam_name"] for e in exams} == {"Final Exam", "Practice proctored exam"}
    timed = next(e for e in exams if not e["is_proctored"])
    assert fake.learner.get(f"{BASE}/exam/exam_id/{timed['id']}").json() == timed
    unknown = fake.learner.get(f"{BASE}/exam/exam_id/999")
    assert unknown.status_code == 400 and "detail" in unknown.json()
    policy = fake.learner.get(f"{BASE}/review_policy/exam_id/{timed['id']}/").json()
    assert policy == {"review_policy": None}
    settings = fake.learner.get(f"{BASE}/settings/exam_id/{timed['id']}/").json()
    assert settings["exam_proctoring_backend"] == {} and "proctoring_settings" not in settings


def test_attempt_is_started_changed_and_read_back(fake: Fake) -> None:
    timed = next(e for e in _course_exams(fake) if not e["is_proctored"])
    assert fake.learner.get(f"{BASE}/attempt").json() == {"in_timed_exam": False,
                                                          "is_proctored": False}
    assert fake.learner.get(f"{BASE}/active_attempt").json() == {}
    created = fake.learner.post(f"{BASE}/attempt", json={
        "exam_id": timed["id"], "start_clock": "true", "attempt_proctored": "false"})
    assert created.status_code == 200
    attempt_id = created.json()["exam_attempt_id"]
    again = fake.learner.post(f"{BASE}/attempt", json={"exam_id": timed["id"]})
    assert again.status_code == 400

    attempt = fake.learner.get(f"{BASE}/attempt/{attempt_id}").json()
    assert attempt["status"] == "started" and attempt["started_at"] is not None
    assert attempt["allowed_time_limit_mins"] == 60
    assert 0 < attempt["time_remaining_seconds"] <= 3600
    timer = fake.learner.get(f"{BASE}/active_attempt").json()
    assert timer["attempt_id"] == attempt_id and timer["in_timed_exam"] is True
    course_view = fake.learner.get(
        f"{BASE}/attempt/course_id/{quote(fake.course)}",
        params={"content_id": timed["content_id"], "is_learning_mfe": "true"}).json()
    assert course_view["exam"]["attempt"]["attempt_id"] == attempt_id
    assert course_view["exam"]["type"] == "timed"

    # Only the attempt's learner reads it or acts on it.
    assert fake.course_staff.get(f"{BASE}/attempt/{attempt_id}").status_code == 403
    assert fake.course_staff.put(f"{BASE}/attempt/{attempt_id}",
                                 json={"action": "submit"}).status_code == 403

    for action, status in (("stop", "ready_to_submit"), ("submit", "submitted")):
        changed = fake.learner.put(f"{BASE}/attempt/{attempt_id}", json={"action": action})
        assert changed.status_code == 200
        assert changed.json() == {"exam_attempt_id": attempt_id}
        assert fake.learner.get(f"{BASE}/attempt/{attempt_id}").json()["status"] == status
    # A submitted attempt cannot be started again, and the timer is gone.
    restart = fake.learner.put(f"{BASE}/attempt/{attempt_id}", json={"action": "start"})
    assert restart.status_code == 400
    assert fake.learner.get(f"{BASE}/attempt").json()["in_timed_exam"] is False

    # Course staff delete the attempt; the learner may then start over.
    assert fake.learner.delete(f"{BASE}/attempt/{attempt_id}").status_code == 403
    assert fake.course_staff.delete(f"{BASE}/attempt/{attempt_id}").status_code == 200
    assert fake.learner.get(f"{BASE}/attempt/{attempt_id}").status_code == 400


def test_proctored_exam_taken_unproctored_is_declined(fake: Fake) -> None:
    practice = next(e for e in _course_exams(fake) if e["is_proctored"])
    created = fake.learner.post(f"{BASE}/attempt", json={"exam_id": practice["id"],
                                                         "start_clock": "true"})
    attempt = fake.learner.get(f"{BASE}/attempt/{created.json()['exam_attempt_id']}").json()
    assert attempt["status"] == "declined" and attempt["started_at"] is None
    reset = fake.learner.put(f"{BASE}/attempt/{attempt['id']}", json={"action": "reset_attempt"})
    assert reset.status_code == 200 and reset.json()["exam_attempt_id"] != attempt["id"]


def test_allowance_adds_time_to_the_next_attempt(fake: Fake) -> None:
    timed = next(e for e in _course_exams(fake) if not e["is_proctored"])
    allowance = {"exam_id": timed["id"], "user_info": "verified",
                 "key": "additional_time_granted", "value": "15"}
    assert fake.learner.put(f"{BASE}/allowance", json=allowance).status_code == 403
    assert fake.course_staff.put(f"{BASE}/allowance", json={**allowance, "value": "x"}
                                 ).status_code == 400
    assert fake.course_staff.put(f"{BASE}/allowance", json=allowance).status_code == 200
    listed = fake.course_staff.get(f"{BASE}/{quote(fake.course)}/allowance").json()
    assert [(a["user"]["username"], a["value"]) for a in listed] == [("verified", "15")]
    grouped = fake.course_staff.get(f"{BASE}/{quote(fake.course)}/grouped/allowance").json()
    assert list(grouped) == ["verified"]

    created = fake.learner.post(f"{BASE}/attempt", json={"exam_id": timed["id"],
                                                         "start_clock": "true"})
    attempt = fake.learner.get(f"{BASE}/attempt/{created.json()['exam_attempt_id']}").json()
    assert attempt["allowed_time_limit_mins"] == 75

    user_id = attempt["user"]["id"]
    removed = fake.course_staff.request("DELETE", f"{BASE}/allowance", json={
        "exam_id": timed["id"], "user_id": user_id, "key": "additional_time_granted"})
    assert removed.status_code == 200
    assert fake.course_staff.get(f"{BASE}/{quote(fake.course)}/allowance").json() == []
    reset = f"{BASE}/exam_id/{timed['id']}/user_id/{user_id}/reset_attempts"
    assert fake.course_staff.delete(reset).status_code == 200
    assert fake.course_staff.delete(reset).status_code == 404


def test_exams_are_created_updated_and_registered_by_global_staff(fake: Fake) -> None:
    exam = {"course_id": fake.course, "content_id": "block-v1:edX+DemoX+Demo_Course+type@"
            "sequential+block@midterm", "external_id": "ext-1", "exam_name": "Midterm",
            "time_limit_mins": 45, "is_proctored": False, "is_practice_exam": False,
            "is_active": True, "hide_after_due": False}
    assert fake.course_staff.post(f"{BASE}/exam", json=exam).status_code == 403
    created = fake.staff.post(f"{BASE}/exam", json=exam)
    assert created.status_code == 200
    exam_id = created.json()["exam_id"]
    duplicate = fake.staff.post(f"{BASE}/exam", json=exam)
    assert duplicate.status_code == 400 and "non_field_errors" in duplicate.json()
    assert fake.staff.put(f"{BASE}/exam", json={"exam_id": exam_id, "time_limit_mins": 50}
                          ).json() == {"exam_id": exam_id}
    assert fake.learner.get(f"{BASE}/exam/exam_id/{exam_id}").json()["time_limit_mins"] == 50

    registered = fake.staff.patch(
        f"{BASE}/exam_registration/course_id/{quote(fake.course)}", json=[exam])
    assert registered.status_code == 200 and registered.json() == [{"exam_id": exam_id}]
    # The course's exams left out of the registration are deactivated, not deleted.
    assert [e["id"] for e in _course_exams(fake)] == [exam_id]
