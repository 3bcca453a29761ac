"""The link rules (scripts/lint_links.py): one broken link per rule, and a valid one."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from lint_links import link_rules

DOC: dict[str, Any] = {
    "paths": {
        "/things": {"post": {
            "operationId": "things_create",
            "requestBody": {"content": {"application/json": {"schema": {"type": "object"}}}},
            "responses": {"201": {"description": "made", "content": {"application/json": {}},
                                  "links": {}}},
        }},
        "/things/{id}": {
            "parameters": [{"$ref": "#/components/parameters/Id"}],
            "get": {"operationId": "things_retrieve",
                    "parameters": [{"name": "expand", "in": "query", "schema": {"type": "string"}}],
                    "responses": {"200": {"description": "one"}}},
        },
    },
    "components": {"parameters": {"Id": {"name": "id", "in": "path", "required": True,
                                         "schema": {"type": "string"}}}},
}
GOOD = {"operationId": "things_retrieve", "description": "read it back",
        "parameters": {"id": "$response.body#/id", "query.expand": "owner"}}


def with_link(**changes: Any) -> dict[str, Any]:
    doc = copy.deepcopy(DOC)
    link = {**GOOD, **changes}
    doc["paths"]["/things"]["post"]["responses"]["201"]["links"]["Read"] = link
    return doc


def test_a_link_to_a_declared_operation_with_its_path_parameter_passes() -> None:
    assert link_rules(with_link()) == []


@pytest.mark.parametrize(("changes", "complaint"), [
    ({"operationId": "things_destroy"}, "is not an operation"),
    ({"description": None}, "no description"),
    ({"parameters": {"expand": "x"}}, "does not fill the path parameters ['id']"),
    ({"parameters": {"id": "$response.body#/id", "owner": "x"}}, "has no parameter 'owner'"),
    ({"parameters": {"id": "$response.bdy#/id"}}, "is not a runtime expression"),
    ({"parameters": {"id": "$request.path.id"}}, "names a parameter the operation does not declare"),
])
def test_each_broken_link_is_named(changes: dict[str, Any], complaint: str) -> None:
    problems = link_rules(with_link(**changes))
    assert len(problems) == 1 and complaint in problems[0], problems
    assert problems[0].startswith("POST /things 201 link 'Read'")


def test_a_response_body_expression_needs_a_documented_body() -> None:
    doc = with_link()
    doc["paths"]["/things"]["post"]["responses"]["201"].pop("content")
    assert "documents no body" in link_rules(doc)[0]
