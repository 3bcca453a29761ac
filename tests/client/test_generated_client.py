"""The generated edx_api_client against the mock over HTTP: lists, details, paging, POST bodies."""

from __future__ import annotations

from collections.abc import Iterator
from http import HTTPStatus
from uuid import UUID

import pytest
from edx_api_client.catalog.api.catalogs import (
    catalogs_courses_list,
    catalogs_list,
    catalogs_retrieve,
)
from edx_api_client.catalog.models import Catalog, PaginatedCatalogCourseList
from edx_api_client.enterprise.api.bulk_license_enrollment import bulk_license_enrollment_create
from edx_api_client.enterprise.api.licenses import licenses_assign, licenses_bulk_revoke
from edx_api_client.enterprise.api.subscriptions import subscriptions_list
from edx_api_client.enterprise.models import (
    BulkLicenseEnrollmentRequest,
    BulkLicenseEnrollmentResponse,
    LicenseAssignRequest,
    LicenseAssignResponse,
    LicenseBulkRevokeRequest,
    LicenseBulkRevokeResult,
    PaginatedSubscriptionPlanList,
    SubscriptionPlan,
)

from edx_api_client import EdxApiError, NotFoundError, catalog, enterprise
from edx_mock.pytest_plugin import EdxFake

PLAN = UUID("104b1785-1d3a-1000-148d-1ae7a56e6355")
CUSTOMER = UUID("204b1785-2d3a-2000-248d-2ae7a56e6355")


@pytest.fixture
def ent(edx_fake: EdxFake) -> Iterator[enterprise.AuthenticatedClient]:
    with enterprise.AuthenticatedClient(base_url=edx_fake.base_url, token=edx_fake.token(),
                                        prefix="JWT", raise_on_unexpected_status=True) as client:
        yield client


@pytest.fixture
def cat(edx_fake: EdxFake) -> Iterator[catalog.AuthenticatedClient]:
    with catalog.AuthenticatedClient(base_url=edx_fake.base_url, token=edx_fake.token(),
                                     prefix="JWT", raise_on_unexpected_status=True) as client:
        yield client


def all_plans(client: enterprise.AuthenticatedClient, **filters: object) -> list[SubscriptionPlan]:
    plans: list[SubscriptionPlan] = []
    page = 1
    while True:
        result = subscriptions_list.sync(client=client, page=page, **filters)  # type: ignore[arg-type]
        assert isinstance(result, PaginatedSubscriptionPlanList)
        plans += result.results
        if result.next_ is None:
            return plans
        page += 1


def plan(client: enterprise.AuthenticatedClient, uuid: UUID) -> SubscriptionPlan:
    return next(p for p in all_plans(client) if p.uuid == uuid)


def test_list_pages_through_to_the_last_page(ent: enterprise.AuthenticatedClient) -> None:
    first = subscriptions_list.sync(client=ent)
    assert isinstance(first, PaginatedSubscriptionPlanList)
    assert first.previous is None and first.next_ is not None
    plans = all_plans(ent)
    assert len(plans) == first.count
    assert len({p.uuid for p in plans}) == first.count


def test_list_filters(ent: enterprise.AuthenticatedClient) -> None:
    # The license manager lists a customer's active plans only, and reads current=true as the
    # customer's plan in force now, which needs the customer (400 without it).
    mine = all_plans(ent, enterprise_customer_uuid=CUSTOMER)
    assert mine and all(p.is_active for p in mine)
    assert len(mine) < len(all_plans(ent))
    current = all_plans(ent, enterprise_customer_uuid=CUSTOMER, current=True)
    assert len(current) <= 1 and all(p.is_active for p in current)
    with pytest.raises(EdxApiError) as refused:
        subscriptions_list.sync_detailed(client=ent, current=True)
    assert refused.value.status == HTTPStatus.BAD_REQUEST


def test_limit_offset_pagination(cat: catalog.AuthenticatedClient) -> None:
    keys: list[str] = []
    offset = 0
    while True:
        result = catalogs_courses_list.sync(id=1, client=cat, limit=10, offset=offset)
        assert isinstance(result, PaginatedCatalogCourseList)
        keys += [course.key for course in result.results]
        if result.next_ is None:
            break
        offset += 10
    assert len(keys) == result.count == len(set(keys))


def test_detail_and_unknown_id(cat: catalog.AuthenticatedClient) -> None:
    found = catalogs_retrieve.sync(id=1, client=cat)
    assert isinstance(found, Catalog) and found.id == 1
    listed = catalogs_list.sync(client=cat)
    assert found.name == listed.results[0].name
    with pytest.raises(NotFoundError) as missing:
        catalogs_retrieve.sync_detailed(id=999_999, client=cat)
    assert missing.value.status == HTTPStatus.NOT_FOUND and missing.value.body["detail"]


def revocable_plan(client: enterprise.AuthenticatedClient) -> UUID:
    """A plan whose revocation cap, if any, still allows revocations."""
    for candidate in all_plans(client):
        caps = candidate.revocations
        if not candidate.is_revocation_cap_enabled or (caps is not None and caps.remaining > 1):
            return candidate.uuid
    raise AssertionError("the seed data has no plan that allows revocations")


def test_assign_then_revoke_changes_the_plan_counts(ent: enterprise.AuthenticatedClient) -> None:
    PLAN = revocable_plan(ent)  # noqa: N806 - shadows the doc's plan, whose revocation cap is used up
    before = plan(ent, PLAN).licenses
    emails = ["ada@example.com", "grace@example.com"]
    assigned = licenses_assign.sync(subscription_plan_uuid=PLAN, client=ent,
                                    body=LicenseAssignRequest(user_emails=emails))
    assert isinstance(assigned, LicenseAssignResponse)
    assert assigned.num_successful_assignments == 2
    after = plan(ent, PLAN).licenses
    assert (after.assigned, after.unassigned) == (before.assigned + 2, before.unassigned - 2)

    again = licenses_assign.sync(subscription_plan_uuid=PLAN, client=ent,
                                 body=LicenseAssignRequest(user_emails=emails[:1]))
    assert isinstance(again, LicenseAssignResponse) and again.num_already_associated == 1

    revoked = licenses_bulk_revoke.sync_detailed(
        subscription_plan_uuid=PLAN, client=ent,
        body=LicenseBulkRevokeRequest(user_emails=emails[:1]))
    assert revoked.status_code == HTTPStatus.OK
    assert isinstance(revoked.parsed, LicenseBulkRevokeResult)
    assert [r.user_email for r in revoked.parsed.successful_revocations] == emails[:1]
    final = plan(ent, PLAN).licenses
    assert (final.assigned, final.revoked) == (before.assigned + 1, before.revoked + 1)


def test_revocation_cap_used_up_is_400(ent: enterprise.AuthenticatedClient) -> None:
    # The doc's example plan enables the revocation cap with 0 revocations remaining.
    licenses_assign.sync(subscription_plan_uuid=PLAN, client=ent,
                         body=LicenseAssignRequest(user_emails=["ada@example.com"]))
    with pytest.raises(EdxApiError) as refused:
        licenses_bulk_revoke.sync_detailed(
            subscription_plan_uuid=PLAN, client=ent,
            body=LicenseBulkRevokeRequest(user_emails=["ada@example.com"]))
    assert refused.value.status == HTTPStatus.BAD_REQUEST
    assert plan(ent, PLAN).licenses.revoked == 0


def test_revoking_a_learner_without_a_license_is_404(ent: enterprise.AuthenticatedClient) -> None:
    # The service checks the revocation cap first, so the doc's plan (no revocation left) would
    # answer 400: ask a plan that still allows revocations. The 404 raises, with the failures.
    with pytest.raises(NotFoundError) as missing:
        licenses_bulk_revoke.sync_detailed(
            subscription_plan_uuid=revocable_plan(ent), client=ent,
            body=LicenseBulkRevokeRequest(user_emails=["nobody@example.com"]))
    assert missing.value.body["unsuccessful_revocations"]


def test_bulk_enrollment_returns_a_job_id(ent: enterprise.AuthenticatedClient) -> None:
    result = bulk_license_enrollment_create.sync_detailed(
        client=ent, enterprise_customer_uuid=CUSTOMER,
        body=BulkLicenseEnrollmentRequest(emails=["ada@example.com"],
                                          course_run_keys=["course-v1:edX+DemoX+Demo_Course"],
                                          notify=False))
    assert result.status_code == HTTPStatus.CREATED
    assert isinstance(result.parsed, BulkLicenseEnrollmentResponse)
    assert result.parsed.job_id
