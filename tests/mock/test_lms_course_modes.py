"""Course modes in the LMS fake: writes are visible to later reads. The API is for global staff
(and restricted service applications): course staff and learners are refused, reads included."""

from __future__ import annotations

from urllib.parse import quote

from .conftest import Fake


def test_course_modes_are_created_patched_and_deleted(fake: Fake) -> None:
    base = f"/api/course_modes/v1/courses/{quote(fake.course)}/"
    mode = {"course_id": fake.course, "mode_slug": "professional",
            "mode_display_name": "Professional", "currency": "usd", "min_price": 100}
    assert fake.learner.post(base, json=mode).status_code == 403
    assert fake.staff.post(base, json=mode).status_code == 201
    assert fake.staff.post(base, json=mode).status_code == 400
    elsewhere = fake.staff.post(base, json={**mode, "mode_slug": "x", "course_id": "other"})
    assert elsewhere.json()["course_id"] == fake.course
    patch = fake.staff.patch(base + "professional", json={"min_price": 150},
                                    headers={"Content-Type": "application/merge-patch+json"})
    assert patch.status_code == 204
    assert fake.staff.get(base + "professional").json()["min_price"] == 150
    assert fake.staff.delete(base + "professional").status_code == 204
    assert fake.staff.delete(base + "professional").status_code == 404
    assert "professional" not in [m["mode_slug"] for m in fake.staff.get(base).json()]


def test_modes_answer_every_field_and_unknown_courses_list_none(fake: Fake) -> None:
    base = f"/api/course_modes/v1/courses/{quote(fake.course)}/"
    made = fake.staff.post(base, json={"course_id": fake.course, "mode_slug": "bare",
                                              "mode_display_name": "Bare", "currency": "usd"}).json()
    assert made["description"] is None and made["sku"] is None and made["min_price"] == 0
    assert fake.staff.get("/api/course_modes/v1/courses/course-v1:no+such+run/").json() == []
    refused = fake.staff.patch(base + "bare", json={"mode_slug": "other"},
                                      headers={"Content-Type": "application/merge-patch+json"})
    assert refused.status_code == 400
