"""The mock's schema-to-instance synthesizer: its output validates against the schema."""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest

from edx_mock.synthesize import instance

DEFS: dict[str, Any] = {
    "Envelope": {"type": "object", "required": ["count", "next", "results"], "properties": {
        "count": {"type": "integer", "minimum": 0}, "next": {"type": ["string", "null"]},
        "results": {}}},
    "Item": {"type": "object", "required": ["id", "when", "kind"], "properties": {
        "id": {"type": "string", "format": "uuid"},
        "when": {"type": "string", "format": "date-time"},
        "kind": {"type": "string", "enum": ["a", "b"]},
        "note": {"type": "string"}}},
}


def resolve(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        node = DEFS[node["$ref"].rsplit("/", 1)[1]]
    return node


@pytest.mark.parametrize("schema", [
    {"allOf": [{"$ref": "#/$defs/Envelope"}, {"type": "object", "properties": {
        "results": {"type": "array", "items": {"$ref": "#/$defs/Item"}, "minItems": 1}}}]},
    {"$ref": "#/$defs/Item"},
    {"anyOf": [{"type": "null"}, {"$ref": "#/$defs/Item"}]},
    {"type": ["null", "integer"], "minimum": 3},
    {"type": "array", "items": {"type": "string"}},
    {"type": "string", "minLength": 12},
])
def test_instance_is_valid(schema: dict[str, Any]) -> None:
    value = instance(schema, resolve)
    jsonschema.validate(value, {**schema, "$defs": DEFS},
                        format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def test_paginated_list_gets_a_typed_results_array() -> None:
    schema = {"allOf": [{"$ref": "#/$defs/Envelope"}, {"type": "object", "properties": {
        "results": {"type": "array", "items": {"$ref": "#/$defs/Item"}}}}]}
    assert instance(schema, resolve) == {"count": 0, "next": "string", "results": []}
