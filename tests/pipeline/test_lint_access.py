"""scripts/lint_access.py: every operation says who may call it, in the one vocabulary, naming
real parameters; and edx_openapi.access says it in words the same way everywhere."""

from __future__ import annotations

from typing import Any

import pytest

from edx_openapi.access import describe
from lint_access import access_rules

CITED = ["openedx/openedx-platform@e57a655d77b614f19223984e9805b1fb940ab192:lms/urls.py#L1-L2"]


def doc_with(access: Any) -> dict[str, Any]:
    operation = {"operationId": "grades_list", "parameters": [
        {"name": "course_id", "in": "path", "required": True, "schema": {"type": "string"}}],
        "requestBody": {"content": {"application/json": {"schema": {
            "type": "object", "properties": {"username": {"type": "string"}}}}}}}
    if access is not None:
        operation["x-access"] = access
    return {"security": [{"JwtAuth": []}], "paths": {"/grades/{course_id}": {"get": operation}}}


def test_a_rule_naming_real_parameters_passes() -> None:
    rule = {"callers": ["self", "course-staff", "global-staff"], "user": "username",
            "course": "course_id", "x-evidence": CITED}
    assert access_rules(doc_with(rule), require_all=True) == []


@pytest.mark.parametrize(("access", "message"), [
    (None, "missing; say who may call grades_list"),
    ({"callers": ["teacher"], "x-evidence": CITED}, "unknown ['teacher']"),
    ({"callers": [], "x-evidence": CITED}, "a non-empty list of callers"),
    ({"callers": ["anyone", "global-staff"], "x-evidence": CITED}, "list it alone"),
    ({"callers": ["anyone"], "x-evidence": CITED}, "security requirements include {}"),
    ({"callers": ["global-staff"]}, "cite the permission classes"),
    ({"callers": ["course-staff"], "x-evidence": CITED}, "'course-staff' needs 'course'"),
    ({"callers": ["self"], "user": "user_id", "x-evidence": CITED}, "'user_id' is no parameter"),
    ({"callers": ["global-staff"], "refusal": 500, "x-evidence": CITED}, "refusal: one of"),
    ({"callers": ["global-staff"], "who": "x", "x-evidence": CITED}, "who: unknown key"),
])
def test_a_bad_rule_is_reported_with_its_place(access: Any, message: str) -> None:
    problems = access_rules(doc_with(access), require_all=True)
    assert len(problems) == 1 and problems[0].startswith(
        "#/paths//grades/{course_id}/get/") and message in problems[0], problems


def test_a_missing_rule_passes_until_every_rule_is_required() -> None:
    assert access_rules(doc_with(None), require_all=False) == []


def test_rules_are_described_in_one_wording() -> None:
    assert describe({"callers": ["self", "global-staff"], "user": "username",
                     "refusal": 404, "note": "Staff read any account."}) == (
        "Who may call: the user named by `username`, or global staff. Anyone else gets 404."
        " Staff read any account.")
    assert describe({"callers": ["self"]}) == (
        "Who may call: the signed-in user, about themself. Anyone else gets 403.")
    assert describe({"callers": ["anyone"]}) == "Who may call: anyone, signed in or not."
    assert describe(None) == ""
