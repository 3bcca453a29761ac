"""Fault injection against the mock: every fault ends in a successful retry or a typed error,
never a hang and never a bare KeyError."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from email.utils import formatdate
from uuid import UUID

import pytest
from edx_api_client.enterprise.api.bulk_license_enrollment import bulk_license_enrollment_create
from edx_api_client.enterprise.api.learner_summary import learner_summary_v3_list
from edx_api_client.enterprise.api.subscriptions import subscriptions_list
from edx_api_client.enterprise.models import (
    BulkLicenseEnrollmentRequest,
    LearnerSummaryProgressStatus,
    PaginatedLearnerSummaryV3List,
    PaginatedSubscriptionPlanList,
)

from edx_api_client import (
    ConnectionFailedError,
    EdxApiError,
    EdxClient,
    InvalidResponseError,
    NotJsonResponseError,
    RetryPolicy,
    ServerError,
)
from edx_mock.pytest_plugin import EdxFake

from .conftest import FAST_RETRIES
from .tcp import tcp_server

PLANS = "/enterprise/v1/subscriptions"
CUSTOMER = UUID("204b1785-2d3a-2000-248d-2ae7a56e6355")


def plans(edx: EdxClient) -> PaginatedSubscriptionPlanList:
    page = subscriptions_list.sync(client=edx.enterprise)
    assert isinstance(page, PaginatedSubscriptionPlanList)
    return page


def test_429_then_200_waits_for_retry_after_seconds(edx: EdxClient, edx_fake: EdxFake) -> None:
    edx_fake.inject("GET", PLANS, {"status": 429, "headers": {"Retry-After": "1"}})
    started = time.monotonic()
    assert plans(edx).count == 12
    assert time.monotonic() - started >= 0.9


def test_429_with_an_http_date(edx: EdxClient, edx_fake: EdxFake) -> None:
    when = formatdate(time.time() + 2, usegmt=True)
    edx_fake.inject("GET", PLANS, {"status": 429, "headers": {"Retry-After": when}})
    started = time.monotonic()
    assert plans(edx).count == 12
    assert time.monotonic() - started >= 0.5


def test_a_burst_of_503s_is_retried(edx: EdxClient, edx_fake: EdxFake) -> None:
    edx_fake.inject("GET", PLANS, *[{"status": 503}] * 3)
    assert plans(edx).count == 12


def test_more_503s_than_attempts_is_a_server_error(edx: EdxClient, edx_fake: EdxFake) -> None:
    edx_fake.inject("GET", PLANS, *[{"status": 503, "body": '{"detail": "down"}'}] * 4)
    with pytest.raises(ServerError) as failure:
        plans(edx)
    assert failure.value.status == 503 and failure.value.method == "GET"
    assert failure.value.url.endswith(PLANS) and failure.value.body == {"detail": "down"}


def test_a_post_is_not_retried_unless_asked(edx: EdxClient, edx_fake: EdxFake) -> None:
    body = BulkLicenseEnrollmentRequest(emails=["a@example.com"], course_run_keys=["course-v1:a+b+c"],
                                        notify=False)
    edx_fake.inject("POST", "/enterprise/v1/bulk-license-enrollment", {"status": 503})
    with pytest.raises(ServerError):
        bulk_license_enrollment_create.sync(client=edx.enterprise, body=body,
                                            enterprise_customer_uuid=CUSTOMER)
    retrying = RetryPolicy(attempts=2, backoff_factor=0.01, jitter=0.0, retry_non_idempotent=True)
    with EdxClient(**edx_fake.client_options(), retry=retrying) as edx_retrying:
        edx_fake.inject("POST", "/enterprise/v1/bulk-license-enrollment", {"status": 503})
        created = bulk_license_enrollment_create.sync(client=edx_retrying.enterprise, body=body,
                                                      enterprise_customer_uuid=CUSTOMER)
    assert created is not None and created.job_id


def test_a_timeout_is_retried(edx_fake: EdxFake) -> None:
    edx_fake.inject("GET", PLANS, {"delay": 1.5})
    with EdxClient(**edx_fake.client_options(), retry=FAST_RETRIES, timeout=0.5) as edx:
        assert plans(edx).count == 12


def test_timeouts_beyond_the_attempts_are_a_typed_error(edx_fake: EdxFake) -> None:
    edx_fake.inject("GET", PLANS, *[{"delay": 1.0}] * 3)
    retry = RetryPolicy(attempts=1, backoff_factor=0.01, jitter=0.0)
    with EdxClient(**edx_fake.client_options(), retry=retry, timeout=0.3) as edx:
        with pytest.raises(ConnectionFailedError, match="ReadTimeout"):
            plans(edx)


@pytest.fixture
def resetting_server() -> Iterator[tuple[str, list[int]]]:
    """A TCP server that resets every connection at once; yields its URL and a connection count."""
    accepted = [0]

    def reset(connection: socket.socket, stopping: threading.Event) -> None:
        accepted[0] += 1
        connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        connection.close()

    with tcp_server(reset) as url:
        yield url, accepted


def test_a_connection_reset_is_retried_then_a_typed_error(resetting_server: tuple[str, list[int]]) -> None:
    url, accepted = resetting_server
    with EdxClient(api_url=url, token="static", retry=FAST_RETRIES) as edx:
        with pytest.raises(ConnectionFailedError) as failure:
            plans(edx)
    assert failure.value.method == "GET"
    assert accepted[0] == 1 + FAST_RETRIES.attempts


def test_truncated_json_is_an_invalid_response(edx: EdxClient, edx_fake: EdxFake) -> None:
    edx_fake.inject("GET", PLANS, {"status": 200, "body": '{"count": 12, "next": null, "resu'})
    with pytest.raises(InvalidResponseError, match="does not match its description"):
        plans(edx)


def test_an_xml_answer_is_a_not_json_error(edx: EdxClient, edx_fake: EdxFake) -> None:
    edx_fake.inject("GET", PLANS, {"status": 200, "body": "<subscriptions/>",
                                    "content_type": "application/xml"})
    with pytest.raises(NotJsonResponseError, match="application/xml"):
        plans(edx)


def test_a_missing_required_field_is_an_invalid_response(edx: EdxClient, edx_fake: EdxFake) -> None:
    edx_fake.inject("GET", PLANS, {"status": 200, "body": '{"count": 1, "next": null, "previous": null,'
                                                          ' "results": [{"title": "no uuid"}]}'})
    with pytest.raises(InvalidResponseError) as failure:
        plans(edx)
    assert failure.value.status == 200 and isinstance(failure.value.body, dict)


@pytest.mark.parametrize(("field", "value", "expected"), [
    ("id", '"not-an-int"', "expected an integer, got str"),
    ("id", "true", "expected an integer, got bool"),
    ("courses_count", "1.5", "expected an integer, got float"),
])
def test_a_wrong_typed_field_is_an_invalid_response_naming_it(
        edx: EdxClient, edx_fake: EdxFake, field: str, value: str, expected: str) -> None:
    catalog = edx.catalog.catalogs.retrieve(1).to_dict()
    body = json.dumps(catalog).replace(f'"{field}": {json.dumps(catalog[field])}', f'"{field}": {value}', 1)
    edx_fake.inject("GET", "/catalog/v1/catalogs/1/", {"status": 200, "body": body})
    with pytest.raises(InvalidResponseError, match=f"{field}: {expected}"):
        edx.catalog.catalogs.retrieve(1)


def test_an_unknown_enum_value_keeps_the_response(edx: EdxClient, edx_fake: EdxFake) -> None:
    path = f"/enterprise/v3/enterprise-customer/{CUSTOMER}/learner-summary"
    body = ('{"count": 1, "next": null, "previous": null, "num_pages": 1, "current_page": 1,'
            ' "start": 0, "results": [{"progress_status": "Audited"}]}')
    edx_fake.inject("GET", path, {"status": 200, "body": body})
    page = learner_summary_v3_list.sync(enterprise_uuid=CUSTOMER, client=edx.enterprise)
    assert isinstance(page, PaginatedLearnerSummaryV3List)
    status = page.results[0].progress_status
    assert isinstance(status, LearnerSummaryProgressStatus)
    assert status == "Audited" and status.value == "Audited"
    assert page.to_dict()["results"][0]["progress_status"] == "Audited"
    assert LearnerSummaryProgressStatus("Passed") is LearnerSummaryProgressStatus.PASSED


def test_every_status_but_a_documented_2xx_raises(edx_fake: EdxFake) -> None:
    # 500 is undocumented, 400 documented (with an ErrorResponse body): both raise, the
    # detailed call too, and the error carries the parsed body.
    for status in (500, 400):
        edx_fake.inject("GET", PLANS, {"status": status, "body": '{"detail": "boom"}'})
        with EdxClient(**edx_fake.client_options(), retry=FAST_RETRIES) as edx:
            with pytest.raises(EdxApiError, match="boom") as raised:
                subscriptions_list.sync_detailed(client=edx.enterprise)
        assert raised.value.status == status and raised.value.body == {"detail": "boom"}
        assert isinstance(raised.value, ServerError) == (status == 500)
