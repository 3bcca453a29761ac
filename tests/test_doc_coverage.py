"""Everything the LMS reference documents is in the bundled description (generated/inventory/).

A group is checked once its spec file exists (spec/lms/<group>.yaml); the groups not curated
yet are reported as skipped, never silently passed. An operation that an overlay removes as
phantom is exempt: the overlay action records the evidence.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from schemas import HTTP_METHODS

ROOT = Path(__file__).resolve().parent.parent
INVENTORY = ROOT / "generated" / "inventory" / "lms-api.yaml"
BUNDLE = ROOT / "generated" / "openapi" / "lms.openapi.yaml"
OVERLAY = ROOT / "overlays" / "lms.overlay.yaml"


def load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else None


def removed_operations() -> set[tuple[str, str]]:
    """(METHOD, path) of every operation the LMS overlay removes outright."""
    overlay = load(OVERLAY) or {}
    removed = set()
    for action in overlay.get("actions", []):
        target = action.get("target", "")
        for method in HTTP_METHODS:
            for quote in ("'", '"'):
                prefix = f"$.paths[{quote}"
                suffix = f"{quote}].{method}"
                if action.get("remove") and target.startswith(prefix) and target.endswith(suffix):
                    removed.add((method.upper(), target[len(prefix):-len(suffix)]))
    return removed


class Names:
    """The names an operation of the bundle declares: parameters, request and response fields."""

    def __init__(self, bundle: dict[str, Any], path: str, method: str) -> None:
        self.bundle = bundle
        item = bundle["paths"][path]
        operation = item[method.lower()]
        params = [self.resolve(p) for p in item.get("parameters", []) + operation.get("parameters", [])]
        self.parameters = {p["name"]: p["in"] for p in params}
        body = self.resolve(operation.get("requestBody", {}))
        self.request = set(self.properties(media.get("schema") for media in body.get("content", {}).values()))
        self.response = set(self.properties(
            media.get("schema")
            for status, response in operation.get("responses", {}).items() if str(status).startswith("2")
            for media in self.resolve(response).get("content", {}).values()
        ))

    def resolve(self, node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            target: Any = self.bundle
            for part in node["$ref"][2:].split("/"):
                target = target[part]
            node = target
        return node

    def properties(self, schemas: Any, seen: set[int] | None = None) -> Iterator[str]:
        seen = set() if seen is None else seen
        for schema in schemas:
            schema = self.resolve(schema)
            if not isinstance(schema, dict) or id(schema) in seen:
                continue
            seen.add(id(schema))
            for name, sub in (schema.get("properties") or {}).items():
                yield name
                yield from self.properties([sub], seen)
            nested = [schema.get(k) for k in ("items", "additionalProperties")]
            nested += [m for k in ("allOf", "anyOf", "oneOf") for m in schema.get(k) or []]
            yield from self.properties(nested, seen)

    @property
    def everything(self) -> set[str]:
        return set(self.parameters) | self.request | self.response


def leaf(name: str) -> str:
    return name.replace("[]", "").split(".")[-1]


INVENTORY_DATA = load(INVENTORY) or {"operations": []}
OPERATIONS = INVENTORY_DATA["operations"]


def test_the_inventory_has_every_operation_of_the_reference() -> None:
    assert len(OPERATIONS) == 372


@pytest.mark.parametrize("entry", OPERATIONS, ids=[f"{o['method']} {o['path']}" for o in OPERATIONS])
def test_documented_operation_is_described(entry: dict[str, Any]) -> None:
    if not (ROOT / "spec" / "lms" / f"{entry['group']}.yaml").exists():
        pytest.skip(f"group {entry['group']} is not curated yet")
    if (entry["method"], entry["path"]) in removed_operations():
        return
    bundle = load(BUNDLE)
    assert bundle is not None, "generated/openapi/lms.openapi.yaml is missing: run make"
    assert entry["path"] in bundle["paths"], f"path {entry['path']} is not described"
    assert entry["method"].lower() in bundle["paths"][entry["path"]], "method is not described"
    names = Names(bundle, entry["path"], entry["method"])
    missing = [f"path parameter {p['name']}" for p in entry["path_parameters"]
               if p["name"] not in names.everything]
    missing += [f"query parameter {p['name']}" for p in entry["query_parameters"]
                if p["name"] not in names.everything]
    missing += [f"request field {f['name']}" for f in entry["request_fields"]
                if leaf(f["name"]) not in names.request | set(names.parameters)]
    missing += [f"response field {f['name']}" for f in entry["response_fields"]
                if leaf(f["name"]) not in names.response]
    missing += [f"prose field {name}" for name in entry["prose_fields"]
                if leaf(name) not in names.everything]
    assert not missing, f"lms-api.txt line {entry['line']}: not described: {missing}"
