"""Bulk enrollment in the LMS fake: results per identifier, changes seen by the enrollment API."""

from __future__ import annotations

from typing import Any

from .conftest import Fake

BULK = "/api/bulk_enroll/v1/bulk_enroll"
STATE = {"user": True, "enrollment": False, "allowed": False, "auto_enroll": False}


def _request(fake: Fake, action: str, identifiers: str, **extra: Any) -> dict[str, Any]:
    return {"action": action, "courses": fake.course, "identifiers": identifiers, **extra}


def _results(reply: Any, course: str) -> list[dict[str, Any]]:
    """The results of one course of a bulk enrollment answer."""
    body = reply.json() if hasattr(reply, "json") else reply
    results: list[dict[str, Any]] = body["courses"][course]["results"]
    return results


def test_enrolling_by_username_and_email_reports_before_and_after(fake: Fake) -> None:
    fake.service.post("/api/enrollment/v1/unenroll/", json={"username": "honor"}).raise_for_status()
    reply = fake.staff.post(BULK, json=_request(
        fake, "enroll", "honor, audit@example.com\nnew@example.com,not-a-user", auto_enroll=True))
    assert reply.status_code == 200, reply.text
    body = reply.json()
    assert body["action"] == "enroll" and body["auto_enroll"] is True and body["email_students"] is False
    assert body["courses"][fake.course]["action"] == "enroll"
    results = {r["identifier"]: r for r in _results(body, fake.course)}
    assert results["honor"]["before"] == STATE
    assert results["honor"]["after"] == {**STATE, "enrollment": True}
    assert results["audit@example.com"]["before"]["enrollment"] is True
    assert results["new@example.com"]["after"] == {
        "user": False, "enrollment": False, "allowed": True, "auto_enroll": True}
    assert results["not-a-user"] == {"identifier": "not-a-user", "invalidIdentifier": True}
    # A re-enrolled learner gets the default mode, not their earlier one.
    enrollment = fake.staff.get(f"/api/enrollment/v1/enrollment/honor,{fake.course}").json()
    assert enrollment["is_active"] is True and enrollment["mode"] == "audit"
    # An existing active enrollment keeps its mode.
    audit = fake.staff.get(f"/api/enrollment/v1/enrollment/audit,{fake.course}").json()
    assert audit["mode"] == "audit"


def test_unenrolling_is_seen_by_the_enrollment_api(fake: Fake) -> None:
    reply = fake.staff.post(BULK, json=_request(fake, "unenroll", "verified"))
    assert _results(reply, fake.course) == [
        {"identifier": "verified", "before": {**STATE, "enrollment": True}, "after": STATE}]
    assert fake.learner.get("/api/enrollment/v1/enrollment").json() == []
    fake.staff.post(BULK, json=_request(fake, "enroll", "ghost@example.com")).raise_for_status()
    withdrawn = _results(fake.staff.post(BULK, json=_request(fake, "unenroll", "ghost@example.com")),
                         fake.course)
    assert withdrawn[0]["before"]["allowed"] is True and withdrawn[0]["after"]["allowed"] is False


def test_only_global_staff_may_bulk_enroll(fake: Fake) -> None:
    assert fake.learner.post(BULK, json=_request(fake, "enroll", "audit")).status_code == 403
    other = fake.course_staff.post("/api/ccx/v0/ccx/", json={
        "master_course_id": fake.course, "coach_email": "staff@example.com", "display_name": "X",
        "start": "2026-03-01", "due": "2026-04-01", "max_students_allowed": 3}).json()["ccx_course_id"]
    both = _request(fake, "enroll", "audit", courses=f"{fake.course},{other}")
    assert fake.course_staff.post(BULK, json=both).status_code == 403
    assert fake.staff.get(f"/api/enrollment/v1/enrollment/audit,{other}").status_code == 404
    assert sorted(fake.staff.post(BULK, json=both).json()["courses"]) == sorted([fake.course, other])
    assert fake.anonymous.post(BULK, json=both).status_code == 401


def test_bad_input_is_a_400(fake: Fake) -> None:
    assert fake.staff.post(BULK, json={"action": "enroll"}).status_code == 400
    assert fake.staff.post(BULK, json=_request(fake, "enroll", " , ")).status_code == 400
    assert fake.staff.post(BULK, json=_request(fake, "enroll", "audit", courses="course-v1:x+y+z")
                           ).status_code == 400
    assert fake.staff.post(BULK, json=_request(fake, "enroll", "audit", cohorts="a,b")
                           ).status_code == 400
    assert fake.staff.post(BULK, json=_request(fake, "purge", "audit")).status_code == 400
    assert fake.staff.post(BULK, json=_request(fake, "unenroll", "audit", cohorts="Cohort A")
                           ).status_code == 400


def test_cohorts_put_enrolled_users_in_the_named_cohort(fake: Fake) -> None:
    cohorts = f"/api/cohorts/v1/courses/{fake.course}/cohorts/"
    cohort_a = next(n for n in (1, 2) if fake.staff.get(f"{cohorts}{n}").json()["name"] == "Cohort A")

    def members() -> list[str]:
        # The member route lists the cohort's members (the platform ignores its username).
        page = fake.staff.get(f"{cohorts}{cohort_a}/users/honor", params={"page_size": 100}).json()
        return [u["username"] for u in page["results"]]

    assert "honor" not in members()
    reply = _results(fake.staff.post(BULK, json=_request(fake, "enroll", "honor,nobody@example.com",
                                                         cohorts="Cohort A")), fake.course)
    assert reply[0]["before"]["cohort"] == "Default Group"
    assert reply[0]["after"] == {**STATE, "enrollment": True, "cohort": "Cohort A"}
    # An address without an account is allowed to enroll but not put in a cohort.
    assert "cohort" not in reply[1]["after"] and reply[1]["after"]["allowed"] is True
    assert "honor" in members()
    unknown = _request(fake, "enroll", "honor", cohorts="No such cohort")
    assert fake.staff.post(BULK, json=unknown).status_code == 400
