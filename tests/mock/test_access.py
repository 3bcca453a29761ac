"""Who may call what: the fake enforces every operation's `x-access` rule (edx_mock.access).

For each operation of the three descriptions, one caller the rule does not admit is refused
(403, the 404 a view answers instead, or 401 without a token) and changes nothing, and one
caller it admits gets past the check. The callers come from the development clients and the
seeded data: `customer_learner` is no one in particular (no course role, no enrollment, a
learner of the seeded enterprises only), `verified` is enrolled in the demo course, and so on.
"""

from __future__ import annotations

from typing import Any

import pytest
from starlette.testclient import TestClient

from edx_mock import create_app
from edx_mock.access import AccessRule, Who
from edx_mock.auth import DEV_CLIENTS, issue_token
from edx_mock.lms.world import DEMO_COURSE
from edx_openapi.access import SUBJECT_OF
from edx_openapi.reader import operation_parameters, operations

APP = create_app()
DISPATCHER = APP.state.dispatcher
STATE = DISPATCHER.state
CUSTOMER = sorted(STATE.data["enterprise"].customers())[0]
CLIENTS = {"service": "edx-mock-client", "staff": "edx-mock-staff",
           "course_staff": "edx-mock-course-staff", "verified": "edx-mock-learner",
           "customer_admin": "edx-mock-enterprise-admin",
           "customer_learner": "edx-mock-enterprise-learner"}
# An admitted caller for each kind of rule, and the subject it names.
ADMITTED = {"signed-in": ("customer_learner", None), "global-staff": ("staff", None),
            "service-worker": ("service", None), "self": ("verified", "verified"),
            "enrolled": ("verified", DEMO_COURSE), "course-staff": ("course_staff", DEMO_COURSE),
            "enterprise-admin": ("customer_admin", CUSTOMER),
            "enterprise-learner": ("customer_learner", CUSTOMER)}
# Parameters that name something of the demo course rather than the course itself.
_LMS = STATE.data["lms"].stores
SEEDED_OF_COURSE = {"team_id": next(iter(_LMS["team"].teams)),
                    "exam_id": str(next(iter(_LMS["edx_proctoring"].exams))),
                    "attempt_id": next((str(a) for a in _LMS["edx_proctoring"].attempts), None),
                    "ccx_course_id": next(iter(_LMS["ccx"]))}


def _http(username: str | None) -> TestClient:
    headers = {}
    if username is not None:
        token = issue_token(DEV_CLIENTS[CLIENTS[username]])["access_token"]
        headers["Authorization"] = f"JWT {token}"
    return TestClient(APP, base_url="http://testserver", headers=headers)


def _ruled_operations() -> list[Any]:
    found = []
    for api in DISPATCHER.operations:
        rule = AccessRule.of(api.spec)
        if rule is not None:
            found.append(pytest.param(api, rule, id=api.operation_id))
    return found


RULED = _ruled_operations()


def _request(client: TestClient, operation: Any, rule: AccessRule,
             subjects: dict[str, str]) -> Any:
    """The operation's request line with the rule's subjects filled in, every other path
    value a placeholder: access is decided before the request is validated."""
    api = next(a for a in _apis() if a.name == operation.api)
    values = {name: subjects.get(name, "1") for name in operation.path_names}
    path = operation.template.format(**values)
    described_path = operation.template[len(api.prefix):]
    path_or_query = {ref.spec["name"]: ref.spec["in"] for ref in
                     operation_parameters(api.document, described_path, operation.method.lower())}
    query = {n: v for n, v in subjects.items() if path_or_query.get(n) == "query"}
    body = {n: v for n, v in subjects.items() if n not in path_or_query}
    return client.request(operation.method, path, params=query,
                          json=body or None)


def _apis() -> list[Any]:
    return APP.state.apis


def _names(rule: AccessRule, value_of: dict[str, str]) -> dict[str, str]:
    return {rule.subjects[key]: value for key, value in value_of.items() if key in rule.subjects}


def test_every_operation_says_who_may_call_it() -> None:
    described = [op["operationId"] for a in _apis() for _p, _m, op in operations(a.document)]
    assert sorted(p.id for p in RULED) == sorted(described)


@pytest.mark.parametrize(("operation", "rule"), RULED)
def test_the_wrong_caller_is_refused_and_changes_nothing(operation: Any, rule: AccessRule) -> None:
    if "anyone" in rule.callers:
        pytest.skip("anyone may call it")
    STATE.reset()
    before = repr(STATE.data)
    if "signed-in" in rule.callers or ("self" in rule.callers and "user" not in rule.subjects):
        # Every signed-in caller passes (a `self` rule naming no user is about the caller's
        # own data, which the handler looks up): only the anonymous caller is refused.
        caller, expected = None, {401}
    else:
        caller = "verified" if "enterprise-learner" in rule.callers else "customer_learner"
        expected = {rule.refusal if str(rule.refusal) in operation.responses else 403}
    course = SEEDED_OF_COURSE.get(rule.subjects.get("course", ""), DEMO_COURSE)
    if course is None:
        pytest.skip(f"nothing seeded is named by {rule.subjects['course']}")
    subjects = _names(rule, {"user": "staff", "course": course, "enterprise": CUSTOMER})
    response = _request(_http(caller), operation, rule, subjects)
    assert response.status_code in expected, response.text
    assert repr(STATE.data) == before


@pytest.mark.parametrize(("operation", "rule"), RULED)
def test_an_admitted_caller_gets_past_the_check(operation: Any, rule: AccessRule) -> None:
    first = rule.callers[0]
    username, subject = (None, None) if first == "anyone" else ADMITTED[first]
    key = SUBJECT_OF.get(first)
    if key == "course" and rule.subjects["course"] in SEEDED_OF_COURSE:
        subject = SEEDED_OF_COURSE[rule.subjects["course"]]
        if subject is None:
            pytest.skip(f"nothing seeded is named by {rule.subjects['course']}")
    subjects = _names(rule, {key: subject}) if key and subject else {}
    STATE.reset()
    response = _request(_http(username), operation, rule, subjects)
    assert not _refused_by_access(response, operation), response.text
    assert response.status_code != 401


def _refused_by_access(response: Any, operation: Any) -> bool:
    if not response.headers.get("content-type", "").startswith("application/json"):
        return False
    body = response.json()
    detail = body.get("detail") if isinstance(body, dict) else None
    return isinstance(detail, str) and detail.startswith(f"{operation.operation_id} is for")


def test_rules_read_their_subject_from_the_path_query_or_body() -> None:
    rule = AccessRule(("self", "global-staff"), {"user": "username"})
    lms_holds = DISPATCHER.holds["lms"]
    verified = Who("verified", frozenset())
    staff = Who("staff", frozenset({"global-staff"}))
    assert rule.admits(verified, {"username": "verified"}.get, STATE, lms_holds)
    assert not rule.admits(verified, {"username": "audit"}.get, STATE, lms_holds)
    assert rule.admits(staff, {"username": "audit"}.get, STATE, lms_holds)
    assert rule.admits(verified, {}.get, STATE, lms_holds)  # no user named: themself
    assert not rule.admits(None, {}.get, STATE, lms_holds)


def test_enterprise_roles_follow_a_plan_to_its_customer() -> None:
    holds = DISPATCHER.holds["enterprise"]
    data = STATE.data["enterprise"]
    plan = next(iter(data.plans))
    admin = Who("customer_admin", frozenset())
    learner = Who("customer_learner", frozenset())
    assert holds(STATE, admin, "enterprise-admin", plan, "subscription_plan_uuid")
    assert not holds(STATE, learner, "enterprise-admin", plan, "subscription_plan_uuid")
    assert holds(STATE, learner, "enterprise-learner", plan, "subscription_plan_uuid")
    assert not holds(STATE, admin, "enterprise-admin", "00000000-0000-0000-0000-000000000000",
                     "enterprise_customer_uuid")


def test_course_roles_and_enrollments_decide_course_rules() -> None:
    holds = DISPATCHER.holds["lms"]
    staff, learner = Who("course_staff", frozenset()), Who("verified", frozenset())
    assert holds(STATE, staff, "course-staff", DEMO_COURSE, "course_id")
    assert not holds(STATE, learner, "course-staff", DEMO_COURSE, "course_id")
    assert holds(STATE, learner, "enrolled", DEMO_COURSE, "course_id")
    assert not holds(STATE, Who("customer_learner", frozenset()), "enrolled", DEMO_COURSE,
                     "course_id")
    # A path that names a team, an exam or a CCX is checked against its course.
    team = next(iter(STATE.data["lms"].stores["team"].teams))
    assert holds(STATE, staff, "course-staff", team, "team_id")
    assert not holds(STATE, learner, "course-staff", team, "team_id")
    exam = str(next(iter(STATE.data["lms"].stores["edx_proctoring"].exams)))
    assert holds(STATE, staff, "course-staff", exam, "exam_id")
    # An exam that does not exist is the handler's to answer (404), whoever asks.
    assert holds(STATE, learner, "course-staff", "999999", "exam_id")
    ccx = next(iter(STATE.data["lms"].stores["ccx"]))
    assert holds(STATE, staff, "course-staff", ccx, "ccx_course_id")
