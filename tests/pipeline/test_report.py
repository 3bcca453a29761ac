"""scripts/report.py: each operation's success body counted by where it is described from."""

from __future__ import annotations

from typing import Any

from report import classify, count

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
