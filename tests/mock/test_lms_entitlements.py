"""Entitlements in the LMS fake: staff write them, users read and use their own, and enrolling
with one goes through the world's enrollments."""

from __future__ import annotations

from typing import Any

from edx_mock.lms.entitlements import course_uuid
from edx_mock.lms.world import demo_course

from .conftest import Fake

BASE = "/api/entitlements/v1/entitlements/"
DEMO_UUID = course_uuid(demo_course())


def _seeded(fake: Fake) -> dict[str, Any]:
    page = fake.learner.get(BASE).json()
    assert page["count"] == 1
    entitlement: dict[str, Any] = page["results"][0]
    return entitlement


def _create(fake: Fake, user: str = "audit", mode: str = "verified") -> dict[str, Any]:
    created = fake.staff.post(BASE, json={"user": user, "course_uuid": DEMO_UUID, "mode": mode})
    assert created.status_code == 201, created.text
    body: dict[str, Any] = created.json()
    return body


def test_verified_holds_a_seeded_entitlement_used_in_the_demo_course(fake: Fake) -> None:
    seeded = _seeded(fake)
    assert seeded["user"] == "verified" and seeded["mode"] == "verified"
    assert seeded["course_uuid"] == DEMO_UUID
    assert seeded["enrollment_course_run"] == fake.course
    assert seeded["expired_at"] is None


def test_created_entitlements_upgrade_the_one_enrollment_and_are_listed(fake: Fake) -> None:
    created = _create(fake, user="audit")
    # `audit` had exactly one enrollment in a run of the course: it is linked and upgraded.
    assert created["enrollment_course_run"] == fake.course
    enrollment = fake.staff.get(f"/api/enrollment/v1/enrollment/audit,{fake.course}").json()
    assert enrollment["mode"] == "verified"
    assert fake.staff.get(BASE + created["uuid"] + "/").json()["user"] == "audit"
    mine = fake.staff.get(BASE, params={"user": "audit"}).json()
    assert [e["uuid"] for e in mine["results"]] == [created["uuid"]]
    assert fake.staff.get(BASE, params={"uuid": created["uuid"]}).json()["count"] == 1


def test_put_and_patch_change_what_later_reads_see(fake: Fake) -> None:
    uuid = _seeded(fake)["uuid"]
    body = {"user": "verified", "course_uuid": DEMO_UUID, "mode": "verified",
            "refund_locked": True, "order_number": "EDX-2"}
    assert fake.staff.put(BASE + uuid + "/", json=body).json()["refund_locked"] is True
    patched = fake.staff.patch(BASE + uuid + "/", json={**body, "order_number": "EDX-3"})
    assert patched.status_code == 200
    assert fake.learner.get(BASE + uuid + "/").json()["order_number"] == "EDX-3"


def test_delete_unenrolls_and_revokes_the_entitlement(fake: Fake) -> None:
    uuid = _seeded(fake)["uuid"]
    assert fake.learner.delete(BASE + uuid + "/").status_code == 403
    assert fake.staff.delete(BASE + uuid + "/").status_code == 204
    # Revoked, as the platform's view does: expired, out of its run, still readable.
    revoked = fake.learner.get(BASE + uuid + "/").json()
    assert revoked["expired_at"] is not None
    assert fake.learner.get("/api/enrollment/v1/enrollment").json() == []
    assert fake.staff.delete(BASE + uuid + "/").status_code == 204
    again = fake.learner.post(BASE + uuid + "/enrollments", json={"course_run_id": fake.course})
    assert again.status_code == 400


def test_enrolling_with_an_entitlement_is_visible_to_the_enrollment_api(fake: Fake) -> None:
    uuid = _seeded(fake)["uuid"]
    enrollments = BASE + uuid + "/enrollments"
    assert fake.learner.request("DELETE", enrollments).status_code == 204
    assert fake.learner.get("/api/enrollment/v1/enrollment").json() == []
    # Leaving again changes nothing; the platform answers 204 all the same.
    assert fake.learner.request("DELETE", enrollments).status_code == 204
    enrolled = fake.learner.post(enrollments, json={"course_run_id": fake.course})
    assert enrolled.status_code == 201 and enrolled.json() == {"course_run_id": fake.course}
    listed = fake.learner.get("/api/enrollment/v1/enrollment").json()
    assert [(e["course_details"]["course_id"], e["mode"]) for e in listed] == [
        (fake.course, "verified")]
    assert fake.learner.get(BASE + uuid + "/").json()["enrollment_course_run"] == fake.course


def test_a_refund_unenrolls_and_expires(fake: Fake) -> None:
    uuid = _seeded(fake)["uuid"]
    enrollments = BASE + uuid + "/enrollments"
    # The platform reads is_refund from the query string.
    assert fake.learner.delete(enrollments, params={"is_refund": "true"}).status_code == 204
    assert fake.learner.get(BASE + uuid + "/").json()["expired_at"] is not None
    again = fake.learner.post(enrollments, json={"course_run_id": fake.course})
    assert again.status_code == 400


def test_staff_write_users_read_their_own(fake: Fake) -> None:
    uuid = _seeded(fake)["uuid"]
    body = {"user": "verified", "course_uuid": DEMO_UUID, "mode": "verified"}
    assert fake.learner.post(BASE, json=body).status_code == 403
    assert fake.course_staff.post(BASE, json=body).status_code == 403
    assert fake.learner.put(BASE + uuid + "/", json=body).status_code == 403
    assert fake.learner.patch(BASE + uuid + "/", json=body).status_code == 403
    assert fake.learner.delete(BASE + uuid + "/").status_code == 403
    other = _create(fake, user="honor")["uuid"]
    assert fake.learner.get(BASE + other + "/").status_code == 404
    assert fake.learner.get(BASE, params={"user": "honor"}).json()["count"] == 0
    assert fake.course_staff.get(BASE).json()["count"] == 0
    assert fake.staff.get(BASE).json()["count"] == 2
    assert fake.learner.post(BASE + other + "/enrollments",
                             json={"course_run_id": fake.course}).status_code == 403
    assert fake.anonymous.get(BASE).status_code == 401


def test_bad_input_is_a_400(fake: Fake) -> None:
    uuid = _seeded(fake)["uuid"]
    unknown_user = {"user": "nobody", "course_uuid": DEMO_UUID, "mode": "verified"}
    assert fake.staff.post(BASE, json=unknown_user).status_code == 400
    assert fake.staff.post(BASE, json={"user": "audit"}).status_code == 400
    assert fake.learner.post(BASE + uuid + "/enrollments",
                             json={"course_run_id": "course-v1:x+y+z"}).status_code == 400
    missing = "00000000-0000-4000-8000-000000000000"
    assert fake.staff.get(BASE + missing + "/").status_code == 404
    assert fake.staff.post(BASE + missing + "/enrollments",
                           json={"course_run_id": fake.course}).status_code == 404
