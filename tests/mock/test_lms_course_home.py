"""The course home outline in the LMS fake, for a verified learner, an audit learner and
someone not enrolled."""

from __future__ import annotations

from typing import Any

from .conftest import Fake


def _outline(client: Any, course: str) -> Any:
    return client.get(f"/api/course_home/v1/outline/{course}")


def test_the_outline_of_a_verified_learner(fake: Fake) -> None:
    outline = _outline(fake.learner, fake.course).json()
    assert outline["enrollment_mode"] == "verified"
    assert outline["enroll_alert"] == {"can_enroll": False, "extra_text": ""}
    assert outline["can_show_upgrade_sock"] is False and outline["access_expiration"] == {}
    blocks = outline["course_blocks"]["blocks"]
    assert [b["display_name"] for b in blocks if b["type"] == "chapter"][-1] == "Final Exam"
    assert {b["type"] for b in blocks} == {"course", "chapter", "sequential"}
    dates = outline["dates_widget"]["course_date_blocks"]
    assert [d["date_type"] for d in dates] == ["course-start-date"] + ["assignment-due-date"] * 3 + [
        "course-end-date"]
    assert all(d["learner_has_access"] for d in dates)


def test_the_outline_of_an_audit_learner_offers_the_upgrade(fake: Fake) -> None:
    fake.staff.post("/api/enrollment/v1/enrollment", json={
        "user": "verified", "mode": "audit", "course_details": {"course_id": fake.course}}
    ).raise_for_status()
    outline = _outline(fake.learner, fake.course).json()
    assert (outline["enrollment_mode"], outline["can_show_upgrade_sock"]) == ("audit", True)
    assert outline["access_expiration"]["upgrade_url"].endswith("sku=8CF08E5")
    assert "edx.tool.verified_upgrade" in [t["analytics_id"] for t in outline["course_tools"]]
    dates = outline["dates_widget"]["course_date_blocks"]
    assert [d["learner_has_access"] for d in dates if d["date_type"] == "assignment-due-date"] == [False] * 3
    assert "verified-upgrade-deadline" in [d["date_type"] for d in dates]
    assert outline["dates_banner_info"]["content_type_gating_enabled"] is True


def test_the_outline_for_someone_not_enrolled(fake: Fake) -> None:
    fake.service.post("/api/enrollment/v1/unenroll/", json={"username": "verified"}).raise_for_status()
    outline = _outline(fake.learner, fake.course).json()
    assert (outline["enrollment_mode"], outline["enroll_alert"]["can_enroll"]) == (None, True)
    assert "course_blocks" not in outline and outline["course_tools"] == []
    staff = fake.staff.get(f"/api/course_home/outline/{fake.course}").json()
    assert staff["enroll_alert"]["can_enroll"] is True and len(staff["course_blocks"]["blocks"]) == 11
    assert _outline(fake.learner, "course-v1:x+y+z").status_code == 404


def test_the_welcome_message_is_dismissed_by_course_id_alone(fake: Fake) -> None:
    for prefix in ("/api/course_home/", "/api/course_home/v1/"):
        url = prefix + "dismiss_welcome_message"
        done = fake.learner.post(url, json={"course_id": fake.course})
        assert done.status_code == 200 and isinstance(done.json()["message"], str)
        assert fake.learner.post(url, json={"course_id": fake.course, "x": 1}).status_code == 400
        assert fake.learner.post(url, json={"course_id": "course-v1:no+such+run"}).status_code == 400


def test_a_course_goal_needs_the_reminder_choice(fake: Fake) -> None:
    url = "/api/course_home/v1/save_course_goal"
    saved = fake.learner.post(url, json={"course_id": fake.course, "days_per_week": 3,
                                         "subscribed_to_reminders": True})
    assert saved.status_code == 200 and set(saved.json()) == {"header", "message"}
    assert fake.learner.post(url, json={"course_id": fake.course}).status_code == 400
    assert fake.learner.post(url, json={"subscribed_to_reminders": False}).status_code == 400
