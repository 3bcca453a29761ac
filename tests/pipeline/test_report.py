"""scripts/report.py: each operation's success body counted by where it is described from."""

from __future__ import annotations

from collections import Counter
from typing import Any

from report import classify, count, render_summary, write_bodies

CITED = ["openedx/openedx-platform@e57a655d77b614f19223984e9805b1fb940ab192:a.py#L1-L2"]


def operation(response: dict[str, Any]) -> dict[str, Any]:
    return {"tags": ["things"], "responses": {"200": response, "404": {"description": "no"}}}


def test_each_kind_is_recognised() -> None:
    doc: dict[str, Any] = {"components": {"schemas": {"Typed": {"type": "object", "x-evidence": CITED}}}}
    json = "application/json"
    assert classify(doc, operation({"content": {json: {"schema": {"type": "object"}}}})) == "doc"
    assert classify(doc, operation({"x-fields-from-prose": True,
                                    "content": {json: {"schema": {}}}})) == "prose"
    assert classify(doc, operation({"content": {json: {"schema": {
        "$ref": "#/components/schemas/Typed"}}}})) == "source"
    assert classify(doc, operation({"x-evidence": CITED, "content": {json: {"schema": {}}}})) == "source"
    assert classify(doc, operation({"description": "done"})) == "no body"
    assert classify(doc, operation({"x-undocumented-response": True})) == "unknown"
    assert classify(doc, {"responses": {"404": {}}}) == "unknown"


def test_counts_are_per_group() -> None:
    doc = {"paths": {"/a": {"get": operation({"description": "done"}),
                            "post": operation({"x-undocumented-response": True})}}}
    assert count(doc) == {"things": {"no body": 1, "unknown": 1}}


def test_writes_are_sorted_by_their_request_body() -> None:
    json = "application/json"

    def write(operation_id: str, body: dict[str, Any] | None) -> dict[str, Any]:
        op: dict[str, Any] = {"operationId": operation_id, "responses": {"204": {"description": "ok"}}}
        if body is not None:
            op["requestBody"] = {"content": {json: {"schema": body}}}
        return op

    doc = {"components": {"schemas": {"Thing": {"type": "object", "properties": {"a": {}}}}},
           "paths": {"/a": {"post": write("typed_ref", {"$ref": "#/components/schemas/Thing"}),
                            "put": write("bare", {"type": "object"}),
                            "patch": write("none", None),
                            "get": write("a_read", None)},
                     "/b": {"post": write("a_list", {"type": "array", "items": {"type": "string"}})}}}
    assert write_bodies(doc) == {"typed": ["typed_ref", "a_list"], "untyped": ["bare"], "none": ["none"]}
    summary = render_summary({"g": Counter({"source": 3, "no body": 1, "unknown": 1})}, write_bodies(doc))
    assert "typed 2xx bodies: 3 of 4 operations that answer with a body (75.0%)" in summary
    assert "untyped: bare" in summary and "none: none" in summary
