"""Certificates in the LMS fake: the seeded one matches its grade; shared as the account's
privacy says."""

from __future__ import annotations

from edx_mock.lms.world import DEMO_COURSE

from .conftest import Fake

CERTS = "/api/certificates/v0/certificates"


def test_the_seeded_certificate_matches_the_grade(fake: Fake) -> None:
    certs = fake.learner.get(f"{CERTS}/verified/").json()
    assert [(c["course_id"], c["certificate_type"], c["status"], c["is_passing"], c["grade"])
            for c in certs] == [(DEMO_COURSE, "verified", "downloadable", True, "1.00")]
    assert certs[0]["course_display_name"] == "Demonstration Course" and len(certs[0]["uuid"]) == 32
    # One course's certificate has the eight core fields only, as the platform's detail view answers.
    one = fake.learner.get(f"{CERTS}/verified/courses/{DEMO_COURSE}/").json()
    assert one["username"] == "verified" and sorted(one) == sorted(
        ["username", "course_id", "certificate_type", "created_date", "status", "is_passing",
         "download_url", "grade"])
    missing = fake.staff.get(f"{CERTS}/audit/courses/{DEMO_COURSE}/")
    assert missing.status_code == 404 and missing.json()["error_code"] == "no_certificate_for_user"
    assert fake.staff.get(f"{CERTS}/nobody/").status_code == 404


def test_certificates_follow_the_accounts_privacy(fake: Fake) -> None:
    # verified shares their account with all users; audit keeps it private.
    shared = fake.course_staff.get(f"{CERTS}/verified/")
    assert shared.status_code == 200 and len(shared.json()) == 1
    assert fake.learner.get(f"{CERTS}/audit/").status_code == 403
    assert fake.staff.get(f"{CERTS}/audit/").json() == []
    fake.learner.patch("/api/user/v1/accounts/verified", json={"account_privacy": "private"},
                       headers={"Content-Type": "application/merge-patch+json"}).raise_for_status()
    assert fake.course_staff.get(f"{CERTS}/verified/").status_code == 403
    # One course's certificate is for the user and staff only, whatever the privacy.
    assert fake.course_staff.get(f"{CERTS}/verified/courses/{DEMO_COURSE}/").status_code == 403
    assert fake.staff.get(f"{CERTS}/verified/courses/{DEMO_COURSE}/").status_code == 200
