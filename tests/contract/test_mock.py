"""Property tests of every operation of the descriptions against the mock, in process.

Each case is sent with a token fetched from the mock's own OAuth2 endpoint; schemathesis
runs every check against the response, including that an unauthenticated request is
refused (`ignored_auth`) and that invalid input is rejected with a 4xx.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import hypothesis
import pytest
import schemathesis
from schemathesis.core.failures import FailureGroup
from schemathesis.generation.stateful.state_machine import StepInput
from schemathesis.openapi.checks import RejectedPositiveData
from starlette.testclient import TestClient

from edx_mock import create_app
from edx_mock.auth import DEFAULT_CLIENT, DEV_CLIENTS, DevClient
from edx_mock.lms.world import DEMO_COURSE

from .conftest import BUNDLES, load_config

# EDX_CONTRACT_SPECS points the suite at another folder of bundles (a part being curated).
APP = create_app(Path(os.environ.get("EDX_CONTRACT_SPECS", BUNDLES)))


def _fetch_token(client: DevClient = DEFAULT_CLIENT) -> str:
    with TestClient(APP) as http:
        response = http.post("/oauth2/v1/access_token", data={
            "grant_type": "client_credentials", "token_type": "jwt",
            "client_id": client.client_id, "client_secret": client.client_secret,
        })
    response.raise_for_status()
    token: str = response.json()["access_token"]
    return token


class MockTokenAuth:
    """Fetches one token per schema run from the mock's token endpoint (cached by schemathesis)."""

    client = DEFAULT_CLIENT

    def get(self, case: Any, context: Any) -> str:
        return _fetch_token(self.client)

    def set(self, case: Any, data: str, context: Any) -> None:
        case.headers = {**(case.headers or {}), "Authorization": f"JWT {data}"}


def _schema(api: str, client: DevClient = DEFAULT_CLIENT) -> Any:
    schema = schemathesis.openapi.from_asgi(f"/openapi/{api}.json", APP, config=load_config(client))
    schema.auth()(type("TokenAuth", (MockTokenAuth,), {"client": client}))
    return schema


enterprise = _schema("enterprise")
catalog = _schema("catalog")
lms = _schema("lms")
# A CCX is for the staff of its master course only (no global-staff exception): its workflow
# runs as course staff.
lms_as_course_staff = _schema("lms", DEV_CLIENTS["edx-mock-course-staff"])


@pytest.fixture(autouse=True)
def _fresh_state() -> None:
    """Every test starts from the seeded data, so earlier writes cannot change the outcome."""
    with TestClient(APP) as http:
        http.post("/__mock__/reset", json={})


@enterprise.parametrize()
def test_enterprise_operations(case: Any) -> None:
    case.call_and_validate()


@catalog.parametrize()
def test_catalog_operations(case: Any) -> None:
    case.call_and_validate()


@lms.parametrize()
def test_lms_operations(case: Any) -> None:
    case.call_and_validate()


def run_workflow(schema: Any, start: str | None = None,
                 path_parameters: dict[str, str] | None = None,
                 client: DevClient = DEFAULT_CLIENT) -> list[tuple[str, int]]:
    """Run the schema's stateful phase (link-following scenarios); return the calls it made.

    `start` names an operation that begins every scenario, called with `path_parameters`.
    schemathesis picks its own starting points and skips list operations with an optional id
    filter (such as subscriptions_list's enterprise_customer_uuid), and a generated course id
    names no course of the fake, so the documented flows need one.
    """
    calls: list[tuple[str, int]] = []
    base = schema.as_state_machine()

    class Workflow(base):  # type: ignore[misc,valid-type]
        if start is not None:
            operation = schema.find_operation_by_id(start)

            @hypothesis.stateful.initialize(target=base.bundles[f"{operation.label} -> 200"])
            def begin(self) -> Any:
                case = self.operation.Case(headers={"Authorization": f"JWT {_fetch_token(client)}"},
                                           path_parameters=path_parameters)
                step = StepInput.initial(case)
                # What schemathesis's own root rules do before a step, so later links find it.
                self.recorder.record_case(case=case)
                self.control.record_step(step, self.recorder)
                return self.step(step)

        def setup(self) -> None:
            with TestClient(APP) as http:
                http.post("/__mock__/reset", json={})

        def after_call(self, response: Any, case: Any) -> None:
            calls.append((case.operation.definition.raw["operationId"], response.status_code))

    Workflow.run(settings=STATEFUL_SETTINGS)
    return calls


STATEFUL_SETTINGS = hypothesis.settings(
    max_examples=25, stateful_step_count=8, derandomize=True, database=None, deadline=None,
    suppress_health_check=list(hypothesis.HealthCheck),
)


def test_enterprise_workflow_assigns_licenses_of_listed_plans() -> None:
    calls = run_workflow(enterprise, start="subscriptions_list")
    # Only a link can supply an existing plan's uuid: random uuids get 404.
    assert ("licenses_assign", 200) in calls, calls
    # The license manager answers a revocation 200 (all revoked), 207 (some), 404 (none had a
    # revocable license) or 400 (the plan's revocation cap is reached).
    assert {("licenses_bulk_revoke", status) for status in (200, 207, 400, 404)} & set(calls), calls
    assigned_then_listed = any(
        first == ("licenses_assign", 200) and second[0] == "subscriptions_list"
        for first, second in zip(calls, calls[1:], strict=False)
    )
    assert assigned_then_listed, calls


def _seeded(path: str, pointer: tuple[str | int, ...], **params: str) -> str:
    """An id of the fake's seeded data, read the way a client would (as global staff)."""
    with TestClient(APP) as http:
        http.post("/__mock__/reset", json={})
        value: Any = http.get(path, params=params,
                              headers={"Authorization": f"JWT {_fetch_token()}"}).json()
    for part in pointer:
        value = value[part]
    return str(value)


# (operation every scenario starts with, its path parameters, operations its links lead to).
# Only links can carry an existing id (generated ids name nothing), so a 2xx from one of the
# targets shows the links work. schemathesis draws link choices with true randomness, so the
# test asks for one target, not all: any single one may go unpicked in a run.
LMS_WORKFLOWS: dict[str, tuple[str, Any, set[str]]] = {
    "course mode: create, read, change, delete": (
        "course_modes_list", lambda: {"course_id": DEMO_COURSE},
        {"course_modes_create", "course_modes_retrieve", "course_modes_partial_update",
         "course_modes_delete"}),
    "discussion thread: read, comments, change, delete": (
        "discussion_threads_retrieve",
        lambda: {"thread_id": _seeded("/api/discussion/v1/threads/", ("results", 0, "id"),
                                      course_id=DEMO_COURSE)},
        {"discussion_comments_list", "discussion_threads_partial_update", "discussion_threads_delete"}),
    "team: read, change, assignments": (
        "team_teams_retrieve",
        lambda: {"team_id": _seeded("/api/team/v0/teams/", ("results", 0, "id"), course_id=DEMO_COURSE)},
        {"team_teams_partial_update", "team_teams_assignments_list"}),
    "cohort: read, change, settings": (
        "cohorts_retrieve", lambda: {"course_key_string": DEMO_COURSE, "cohort_id": "1"},
        {"cohorts_partial_update", "cohorts_settings_retrieve"}),
    "ccx: list, read, change": ("ccx_list", dict, {"ccx_retrieve", "ccx_partial_update"}),
    "entitlement: list, read": ("entitlements_list", dict, {"entitlements_retrieve"}),
    "credit course: list, read": ("credit_courses_list", dict, {"credit_courses_retrieve"}),
}


@pytest.mark.parametrize("name", sorted(LMS_WORKFLOWS))
def test_lms_workflow(name: str) -> None:
    start, parameters, expected = LMS_WORKFLOWS[name]
    if name.startswith("ccx"):
        calls = run_workflow(lms_as_course_staff, start=start, path_parameters=parameters(),
                             client=DEV_CLIENTS["edx-mock-course-staff"])
    else:
        calls = run_workflow(lms, start=start, path_parameters=parameters())
    reached = {op for op, status in calls if 200 <= status < 300}
    assert reached & expected, (expected, calls)


def test_catalog_workflow_follows_list_to_detail() -> None:
    calls = run_workflow(catalog)
    assert ("catalogs_retrieve", 200) in calls and ("catalogs_courses_list", 200) in calls, calls


def test_an_authentication_mistake_cannot_pass_silently() -> None:
    """With a token the mock refuses, every valid request gets 401: the suite must fail."""

    class RefusedTokenAuth(MockTokenAuth):
        def get(self, case: Any, context: Any) -> str:
            return "not-a-token"

    schema = schemathesis.openapi.from_asgi("/openapi/catalog.json", APP, config=load_config())
    schema.auth()(RefusedTokenAuth)
    operation = schema.find_operation_by_id("catalogs_list")

    @hypothesis.settings(max_examples=3, derandomize=True, database=None)
    @hypothesis.given(case=operation.as_strategy())
    def run(case: Any) -> None:
        case.call_and_validate()

    with pytest.raises(FailureGroup) as failure:
        run()
    assert any(isinstance(e, RejectedPositiveData) for e in failure.value.exceptions)
