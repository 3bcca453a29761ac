"""Cohorts in the LMS fake: course-staff only, one cohort per user, writes visible to reads."""

from __future__ import annotations

from typing import Any

from .conftest import Fake

ENROLL = "/api/enrollment/v1/enrollment"


def base(fake: Fake) -> str:
    return f"/api/cohorts/v1/courses/{fake.course}/cohorts/"


def cohort_named(fake: Fake, name: str) -> dict[str, Any]:
    listed = fake.course_staff.get(base(fake)).json()
    return next(c for c in listed if c["name"] == name)


def test_the_demo_course_is_seeded_with_two_cohorts(fake: Fake) -> None:
    listed = fake.course_staff.get(base(fake)).json()
    assert [(c["name"], c["assignment_type"], c["user_count"]) for c in listed] == [
        ("Cohort A", "manual", 2), ("Default Group", "random", 2)]
    settings = fake.course_staff.get(f"/api/cohorts/v1/settings/{fake.course}").json()
    assert settings["is_cohorted"] is True


def test_a_created_cohort_is_read_renamed_and_listed(fake: Fake) -> None:
    created = fake.course_staff.post(base(fake), json={"name": "Cohort B", "assignment_type": "manual"})
    assert created.status_code == 200, created.text
    cohort = created.json()
    assert cohort["user_count"] == 0 and cohort["group_id"] is None
    one = f"{base(fake)}{cohort['id']}"
    assert fake.course_staff.get(one).json()["name"] == "Cohort B"
    renamed = fake.course_staff.patch(one, json={"name": "Cohort C"})
    assert renamed.status_code == 204 and not renamed.content
    assert fake.course_staff.get(one).json()["name"] == "Cohort C"
    assert "Cohort C" in [c["name"] for c in fake.staff.get(base(fake)).json()]


def test_cohorts_link_to_content_groups(fake: Fake) -> None:
    linked = fake.course_staff.post(base(fake), json={
        "name": "Group A", "assignment_type": "manual", "group_id": 1, "user_partition_id": 50})
    assert linked.status_code == 200
    assert (linked.json()["group_id"], linked.json()["user_partition_id"]) == (1, 50)
    one = f"{base(fake)}{linked.json()['id']}"
    assert fake.course_staff.patch(one, json={"group_id": 2}).status_code == 400
    assert fake.course_staff.get(one).json()["group_id"] == 1
    assert fake.course_staff.patch(one, json={"group_id": None}).status_code == 204
    assert fake.course_staff.get(one).json()["user_partition_id"] is None


def test_the_cohort_list_is_ordered_and_paged(fake: Fake) -> None:
    names = [c["name"] for c in fake.course_staff.get(base(fake), params={"ordering": "DESC"}).json()]
    assert names == ["Default Group", "Cohort A"]
    page = fake.course_staff.get(base(fake), params={"page": 2, "page_size": 1}).json()
    assert [c["name"] for c in page] == ["Default Group"]
    assert fake.course_staff.get(base(fake), params={"page": 3, "page_size": 1}).status_code == 404
    assert fake.course_staff.get(base(fake), params={"ordering": "up"}).status_code == 400


def test_bad_cohort_bodies_are_400(fake: Fake) -> None:
    assert fake.course_staff.post(base(fake), json={"name": "X"}).status_code == 400
    assert fake.course_staff.post(base(fake), json={"name": 3, "assignment_type": "manual"}
                                  ).status_code == 400
    duplicate = fake.course_staff.post(base(fake), json={"name": "Cohort A", "assignment_type": "random"})
    assert duplicate.status_code == 400
    default = cohort_named(fake, "Default Group")
    one = f"{base(fake)}{default['id']}"
    assert fake.course_staff.patch(one, json={}).status_code == 400
    assert fake.course_staff.patch(one, json={"name": "Cohort A"}).status_code == 400
    # The course's only random cohort cannot become manual.
    assert fake.course_staff.patch(one, json={"assignment_type": "manual"}).status_code == 400
    assert fake.course_staff.get(one).json()["assignment_type"] == "random"


def test_only_course_staff_use_cohorts(fake: Fake) -> None:
    assert fake.learner.get(base(fake)).status_code == 403
    assert fake.learner.post(base(fake), json={"name": "Mine", "assignment_type": "manual"}
                             ).status_code == 403
    assert fake.learner.get(f"/api/cohorts/v1/settings/{fake.course}").status_code == 403
    assert fake.anonymous.get(base(fake)).status_code == 401
    assert fake.staff.get(base(fake)).status_code == 200
    assert fake.staff.get("/api/cohorts/v1/courses/course-v1:x+y+z/cohorts/").status_code == 404


def test_adding_a_user_moves_them_out_of_their_previous_cohort(fake: Fake) -> None:
    default, cohort_a = cohort_named(fake, "Default Group"), cohort_named(fake, "Cohort A")
    member = f"{base(fake)}{cohort_a['id']}/users/audit"
    added = fake.course_staff.post(member)
    assert added.status_code == 200
    assert added.json()["changed"] == [{"email": "audit@example.com", "previous_cohort": "Default Group",
                                        "username": "audit"}]
    page = fake.course_staff.get(member).json()
    assert "audit" in [u["username"] for u in page["results"]] and page["count"] == 3
    assert "audit" not in [u["username"] for u in
                           fake.course_staff.get(f"{base(fake)}{default['id']}/users/x").json()["results"]]
    assert cohort_named(fake, "Default Group")["user_count"] == 1
    assert cohort_named(fake, "Cohort A")["user_count"] == 3


def test_removing_a_member_twice_is_400(fake: Fake) -> None:
    cohort_a = cohort_named(fake, "Cohort A")
    member = f"{base(fake)}{cohort_a['id']}/users/verified"
    assert fake.learner.delete(member).status_code == 403
    assert fake.course_staff.delete(member).status_code == 204
    assert fake.course_staff.delete(member).status_code == 400
    assert fake.course_staff.delete(f"{base(fake)}{cohort_a['id']}/users/nobody").status_code == 404
    assert cohort_named(fake, "Cohort A")["user_count"] == 1


def test_adding_users_reports_each_one(fake: Fake) -> None:
    cohort_a = cohort_named(fake, "Cohort A")
    path = f"{base(fake)}{cohort_a['id']}/users/ignored"
    sent = ["staff", "verified", "nobody", "new@example.com", "bad@", "honor@example.com"]
    result = fake.course_staff.post(path, json={"users": sent}).json()
    assert [u["username"] for u in result["added"]] == ["staff"]
    assert result["present"] == ["verified"] and result["unknown"] == ["nobody"]
    assert result["preassigned"] == ["new@example.com"] and result["invalid"] == ["bad@"]
    assert [u["username"] for u in result["changed"]] == ["honor"]
    # Only members with an active enrollment count; unenrolling one lowers the count.
    assert cohort_named(fake, "Cohort A")["user_count"] == 3
    fake.service.post("/api/enrollment/v1/unenroll/", json={"username": "learner"}).raise_for_status()
    assert cohort_named(fake, "Cohort A")["user_count"] == 2


def test_cohort_settings_are_stored(fake: Fake) -> None:
    path = f"/api/cohorts/v1/settings/{fake.course}"
    assert fake.course_staff.put(path, json={}).status_code == 400
    assert fake.course_staff.put(path, json={"is_cohorted": "yes"}).status_code == 400
    assert fake.learner.put(path, json={"is_cohorted": False}).status_code == 403
    changed = fake.course_staff.put(path, json={"is_cohorted": False})
    assert changed.status_code == 200 and changed.json()["is_cohorted"] is False
    assert fake.staff.get(path).json()["is_cohorted"] is False


def test_the_upload_is_for_global_staff(fake: Fake) -> None:
    # CohortCSV's permission classes are IsAuthenticated and IsAdminUser: course staff too
    # are refused, though the other cohort views admit them.
    path = f"/api/cohorts/v1/courses/{fake.course}/users"
    files = {"uploaded-file": ("cohorts.csv", b"username,cohort\naudit,Cohort A\n", "text/csv")}
    assert fake.learner.post(path, files=files).status_code == 403
    assert fake.course_staff.post(path, files=files).status_code == 403
    assert fake.staff.post(path, files=files).status_code == 200
