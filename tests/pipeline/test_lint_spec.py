"""The project's own lint rules (scripts/lint_spec.py), one failing document per rule."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from lint_spec import lint

VALID: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "security": [{"Jwt": []}],
    "tags": [{"name": "things"}],
    "paths": {"/things": {"get": {
        "operationId": "things_list", "summary": "List things", "tags": ["things"],
        "description": "Lists the things.",
        "x-doc-source": {"doc": "enterprise-api.txt", "section": "1"},
        "x-access": {"callers": ["signed-in"], "x-evidence": [
            "openedx/openedx-platform@e57a655d77b614f19223984e9805b1fb940ab192:lms/urls.py#L1-L2"]},
        "responses": {"200": {"description": "ok", "content": {"application/json": {
            "schema": {"$ref": "#/components/schemas/Thing"},
            "examples": {"doc": {"value": {"name": "a", "size": 1}}},
        }}}, "401": {"description": "no"}, "403": {"description": "no"}},
    }}},
    "components": {
        "securitySchemes": {"Jwt": {"type": "apiKey", "in": "header", "name": "Authorization"}},
        "schemas": {"Thing": {"type": "object", "required": ["name"], "properties": {
            "name": {"type": "string"}, "size": {"type": "integer"},
        }}},
    },
}


def variant(**changes: Any) -> dict[str, Any]:
    doc = copy.deepcopy(VALID)
    op = doc["paths"]["/things"]["get"]
    thing = doc["components"]["schemas"]["Thing"]
    for key, value in changes.items():
        target, _, name = key.partition("__")
        holder = {"op": op, "thing": thing, "doc": doc}[target]
        if value is None:
            holder.pop(name)
        else:
            holder[name] = value
    return doc


def test_the_valid_document_passes() -> None:
    assert lint(copy.deepcopy(VALID)) == []


@pytest.mark.parametrize(("changes", "expected"), [
    ({"op__summary": None}, "no summary"),
    ({"op__tags": []}, "exactly one tag"),
    ({"op__tags": ["other"]}, "tag 'other' is not declared"),
    ({"op__x-doc-source": None}, "no x-doc-source"),
    ({"op__responses": {"404": {"description": "gone"}}}, "no 2xx response"),
    ({"op__responses": {"200": {"description": "ok"}}}, "does not declare ['401', '403']"),
    ({"doc__security": None}, "no security requirement"),
    ({"thing__required": ["name", "colour"]}, "required 'colour' is not in properties"),
    ({"thing__nullable": True}, "'nullable' is OpenAPI 3.0 only"),
])
def test_each_rule_reports_its_problem(changes: dict[str, Any], expected: str) -> None:
    problems = lint(variant(**changes))
    assert any(expected in p for p in problems), problems


def test_duplicate_operation_ids_are_reported() -> None:
    doc = copy.deepcopy(VALID)
    doc["paths"]["/other"] = {"get": copy.deepcopy(doc["paths"]["/things"]["get"])}
    assert any("operationId 'things_list' is also used by GET /things" in p for p in lint(doc))


def test_example_of_the_wrong_type_is_reported_with_its_place() -> None:
    doc = copy.deepcopy(VALID)
    media = doc["paths"]["/things"]["get"]["responses"]["200"]["content"]["application/json"]
    media["examples"]["doc"]["value"] = {"name": "a", "size": "one"}
    problems = lint(doc)
    assert any("examples/doc/value: example at size: 'one' is not of type 'integer'" in p
               for p in problems), problems


def test_example_field_missing_from_the_schema_is_reported() -> None:
    doc = copy.deepcopy(VALID)
    media = doc["paths"]["/things"]["get"]["responses"]["200"]["content"]["application/json"]
    media["examples"]["doc"]["value"] = {"name": "a", "colour": "red"}
    assert any("'colour' was unexpected" in p for p in lint(doc))


def test_strictness_sees_through_allof_composition() -> None:
    doc = copy.deepcopy(VALID)
    doc["components"]["schemas"]["Base"] = {"type": "object", "properties": {"id": {"type": "integer"}}}
    doc["components"]["schemas"]["Thing"] = {"allOf": [
        {"$ref": "#/components/schemas/Base"},
        {"type": "object", "properties": {"name": {"type": "string"}}},
    ]}
    media = doc["paths"]["/things"]["get"]["responses"]["200"]["content"]["application/json"]
    media["examples"]["doc"]["value"] = {"id": 1, "name": "a"}
    assert lint(doc) == []
    media["examples"]["doc"]["value"] = {"id": 1, "name": "a", "extra": True}
    assert any("'extra' was unexpected" in p for p in lint(doc))


def test_example_with_a_bad_date_time_is_reported() -> None:
    doc = copy.deepcopy(VALID)
    doc["components"]["schemas"]["Thing"]["properties"]["size"] = {"type": "string",
                                                                    "format": "date-time"}
    media = doc["paths"]["/things"]["get"]["responses"]["200"]["content"]["application/json"]
    media["examples"]["doc"]["value"] = {"name": "a", "size": "2021-01-01 00:00:00+00:00"}
    assert any("is not a 'date-time'" in p for p in lint(doc))


def test_openapi_schema_errors_are_reported() -> None:
    doc = copy.deepcopy(VALID)
    doc["paths"]["/things"]["get"]["responses"]["200"] = {"content": {}}
    assert any("OpenAPI schema" in p for p in lint(doc))


@pytest.mark.parametrize("envelope", ["PaginatedEnvelope", "EdxDefaultPaginationEnvelope"])
def test_paginated_list_must_type_its_results(envelope: str) -> None:
    doc = copy.deepcopy(VALID)
    doc["components"]["schemas"][envelope] = {"type": "object", "properties": {
        "count": {"type": "integer"}, "results": {}}}
    doc["components"]["schemas"]["PaginatedThingList"] = {"allOf": [
        {"$ref": f"#/components/schemas/{envelope}"},
        {"type": "object", "properties": {"results": {"items": {"$ref": "#/components/schemas/Thing"}}}},
    ]}
    assert any("PaginatedThingList: a paginated list needs" in p for p in lint(doc))
    doc["components"]["schemas"]["PaginatedThingList"]["allOf"][1]["properties"]["results"]["type"] = "array"
    assert lint(doc) == []


def test_doc_text_without_a_repaired_value_is_reported() -> None:
    doc = copy.deepcopy(VALID)
    media = doc["paths"]["/things"]["get"]["responses"]["200"]["content"]["application/json"]
    media["examples"]["doc"] = {"summary": "s", "x-doc-text": "{name: “a”}"}
    assert any("has no repaired value" in p for p in lint(doc))
    media["examples"]["doc"]["value"] = {"name": "a"}
    assert lint(doc) == []
