"""The Enterprise and Course Catalog fakes answer as the services behind them do (license-manager,
enterprise-catalog, edx-enterprise-data, course-discovery), where the docs say otherwise."""

from __future__ import annotations

from .conftest import Fake

PLAN = "104b1785-1d3a-1000-148d-1ae7a56e6355"
CUSTOMER = "204b1785-2d3a-2000-248d-2ae7a56e6355"
PLANS = "/enterprise/v1/subscriptions"


def revocable_plan(fake: Fake) -> str:
    """A plan whose revocation cap, if any, leaves revocations to make (the doc's has none)."""
    for plan in fake.enterprise_admin.get(PLANS).json()["results"]:
        caps = plan["revocations"]
        if not plan["is_revocation_cap_enabled"] or (caps and caps["remaining"] > 2):
            return str(plan["uuid"])
    raise AssertionError("no plan on the first page allows revocations")


def test_current_needs_the_customer(fake: Fake) -> None:
    assert fake.enterprise_admin.get(PLANS, params={"current": "true"}).status_code == 400
    mine = fake.enterprise_admin.get(PLANS, params={"enterprise_customer_uuid": CUSTOMER}).json()["results"]
    assert mine and all(p["is_active"] for p in mine)
    assert all(p["revocations"] is None or set(p["revocations"]) == {"applied", "remaining"}
               for p in mine)


def test_bulk_revoke_keeps_what_succeeds_and_answers_207(fake: Fake) -> None:
    plan = revocable_plan(fake)
    licenses = f"{PLANS}/{plan}/licenses"
    admin = fake.enterprise_admin
    admin.post(f"{licenses}/assign", json={"user_emails": ["Ada@example.com"]}).raise_for_status()
    answer = fake.enterprise_admin.post(f"{licenses}/bulk-revoke",
                             json={"user_emails": ["ada@example.com", "nobody@example.com"]})
    assert answer.status_code == 207
    body = answer.json()
    assert [r["user_email"] for r in body["successful_revocations"]] == ["ada@example.com"]
    assert body["successful_revocations"][0]["original_status"] == "assigned"
    assert [r["error_response_status"] for r in body["unsuccessful_revocations"]] == [404]
    again = fake.enterprise_admin.post(f"{licenses}/bulk-revoke", json={"user_emails": ["ada@example.com"]})
    assert again.status_code == 404 and again.json()["unsuccessful_revocations"]


def test_bulk_revoke_filters_are_name_and_value(fake: Fake) -> None:
    licenses = f"{PLANS}/{revocable_plan(fake)}/licenses"
    admin = fake.enterprise_admin
    admin.post(f"{licenses}/assign", json={"user_emails": ["grace@example.com"]}).raise_for_status()
    refused = admin.post(f"{licenses}/bulk-revoke", json={"filters": [{"user_email": "grace"}]})
    assert refused.status_code == 400
    done = fake.enterprise_admin.post(f"{licenses}/bulk-revoke",
                           json={"filters": [{"name": "user_email", "filter_value": "GRACE"}]})
    assert done.status_code == 200
    assert [r["user_email"] for r in done.json()["successful_revocations"]] == ["grace@example.com"]


def test_bulk_enrollment_needs_a_customer_with_an_agreement(fake: Fake) -> None:
    body = {"emails": ["ada@example.com"], "course_run_keys": ["course-v1:a+b+c"], "notify": True}
    url = "/enterprise/v1/bulk-license-enrollment"
    unknown = fake.enterprise_admin.post(url, params={"enterprise_customer_uuid": PLAN}, json=body)
    assert unknown.status_code == 404
    too_many = {**body, "emails": [f"l{n}@example.com" for n in range(501)]}
    refused = fake.enterprise_admin.post(url, params={"enterprise_customer_uuid": CUSTOMER}, json=too_many)
    assert refused.status_code == 400
    created = fake.enterprise_admin.post(url, params={"enterprise_customer_uuid": CUSTOMER}, json=body)
    assert created.status_code == 201 and created.json()["job_id"]


def test_catalog_content_page_has_the_default_pagination_envelope(fake: Fake) -> None:
    catalogs = fake.enterprise_admin.get("/enterprise/v2/enterprise-catalogs").json()["results"]
    assert all("include_exec_ed_2u_courses" not in c for c in catalogs)
    page = fake.enterprise_admin.get(f"/enterprise/v2/enterprise-catalogs/{catalogs[0]['uuid']}",
                          params={"page_size": 1}).json()
    assert page["num_pages"] == page["count"] and page["current_page"] == 1 and page["start"] == 0
    whole = fake.enterprise_admin.get(f"/enterprise/v2/enterprise-catalogs/{catalogs[0]['uuid']}",
                           params={"traverse_pagination": "1"}).json()
    assert len(whole["results"]) == whole["count"] and "num_pages" not in whole


def test_learner_summary_v3_uses_the_report_names(fake: Fake) -> None:
    page = fake.enterprise_admin.get(f"/enterprise/v3/enterprise-customer/{CUSTOMER}/learner-summary").json()
    record = page["results"][0]
    assert "course_start_date" in record and "course_start" not in record
    assert {"num_pages", "current_page", "start"} <= set(page)


def test_course_catalog_pages_by_number_when_asked(fake: Fake) -> None:
    by_offset = fake.enterprise_admin.get("/catalog/v1/catalogs/1/courses/", params={"limit": 5}).json()
    assert "offset=5" in by_offset["next"]
    by_page = fake.enterprise_admin.get("/catalog/v1/catalogs/1/courses/",
                                        params={"page": 2, "page_size": 5}).json()
    assert "page=3" in by_page["next"]
    course = by_page["results"][0]
    assert isinstance(course["image"], dict) and course["image"]["height"] is None
    assert "logo_image_url" in course["owners"][0]


def test_plans_and_catalogs_are_listed_for_the_customers_one_administers(fake: Fake) -> None:
    # edx-rbac's listing permission: without a customer filter, a list holds what the caller's
    # roles reach; naming a customer one does not administer is refused.
    every = fake.service.get(PLANS).json()["count"]
    assert fake.enterprise_admin.get(PLANS).json()["count"] == every > 0
    assert fake.learner.get(PLANS).json()["count"] == 0
    assert fake.staff.get(PLANS).json()["count"] == 0
    assert fake.learner.get(PLANS, params={"enterprise_customer_uuid": CUSTOMER}).status_code == 403
    catalogs = "/enterprise/v2/enterprise-catalogs"
    assert fake.enterprise_admin.get(catalogs).json()["count"] == fake.service.get(catalogs).json()["count"]
    assert fake.learner.get(catalogs).json()["count"] == 0
