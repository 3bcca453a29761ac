"""The fake edX in process, with one HTTP client per kind of caller, reset before each test."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from starlette.testclient import TestClient

from edx_mock import create_app
from edx_mock.auth import DEV_CLIENTS, issue_token
from edx_mock.lms.world import DEMO_COURSE

APP = create_app()


def _client(client_id: str | None) -> TestClient:
    headers = {}
    if client_id is not None:
        headers["Authorization"] = f"JWT {issue_token(DEV_CLIENTS[client_id])['access_token']}"
    return TestClient(APP, base_url="http://testserver", headers=headers)


@dataclass(frozen=True)
class Fake:
    """HTTP clients of the fake by role; LMS paths start with /api."""

    learner: TestClient  # `verified`, enrolled in the demo course
    course_staff: TestClient  # `course_staff`, staff role in the demo course
    staff: TestClient  # `staff`, global staff
    anonymous: TestClient
    enterprise_admin: TestClient  # `customer_admin`, admin of the seeded enterprise customers
    service: TestClient  # `enterprise_admin`, the service worker (retirement, API-key views)
    course: str = DEMO_COURSE

    def reset(self) -> None:
        self.anonymous.post("/__mock__/reset", json={}).raise_for_status()


FAKE = Fake(_client("edx-mock-learner"), _client("edx-mock-course-staff"),
            _client("edx-mock-staff"), _client(None), _client("edx-mock-enterprise-admin"),
            _client("edx-mock-client"))


@pytest.fixture
def fake() -> Fake:
    FAKE.reset()
    return FAKE
