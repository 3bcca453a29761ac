"""Everything the LMS reference documents is described (generated/inventory/lms-api.yaml).

Checked against two documents: the curated spec as bundled before the overlays (which states
the docs as they are, so every documented operation is there) and the generated bundle (after
the overlays, which add what only prose or examples show, and may remove a phantom operation
or a field with evidence). A name counts as described when either has it for the operation.
A group is checked once its spec file exists (spec/lms/<group>.yaml); the groups not curated
yet are reported as skipped, never silently passed.
"""

from __future__ import annotations

import copy
import functools
import operator
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from bundle import bundle
from edx_openapi.reader import HTTP_METHODS, deref

ROOT = Path(__file__).resolve().parents[2]
INVENTORY = ROOT / "generated" / "inventory" / "lms-api.yaml"
BUNDLE = ROOT / "generated" / "openapi" / "lms.openapi.yaml"


def load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else None


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
        return deref(self.bundle, node)

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

    def __or__(self, other: Names) -> Names:
        union = copy.copy(self)
        union.parameters = {**other.parameters, **self.parameters}
        union.request, union.response = self.request | other.request, self.response | other.response
        return union


def leaf(name: str) -> str:
    return name.replace("[]", "").split(".")[-1]


INVENTORY_DATA = load(INVENTORY) or {"operations": []}
OPERATIONS = INVENTORY_DATA["operations"]


@cache
def spec_bundle() -> dict[str, Any]:
    return bundle("lms")


@cache
def generated_bundle() -> dict[str, Any]:
    generated = load(BUNDLE)
    assert generated is not None, "generated/openapi/lms.openapi.yaml is missing: run make"
    return dict(generated)


def test_the_inventory_has_every_operation_of_the_reference() -> None:
    assert len(OPERATIONS) == 372


def operations_from(document: dict[str, Any], header: str) -> list[Names]:
    """The operations of `document` curated from one doc section (`x-doc-source`), wherever an
    overlay may have moved them."""
    found = []
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if method not in HTTP_METHODS:
                continue
            sources = operation.get("x-doc-source", [])
            sources = sources if isinstance(sources, list) else [sources]
            if any(source.get("section") == header for source in sources):
                found.append(Names(document, path, method))
    return found


def described(header: str) -> Names | None:
    """Union of the names of the section's operations, before and after the overlays."""
    names = operations_from(spec_bundle(), header) + operations_from(generated_bundle(), header)
    return functools.reduce(operator.or_, names) if names else None


@pytest.mark.parametrize("entry", OPERATIONS, ids=[f"{o['method']} {o['path']}" for o in OPERATIONS])
def test_documented_operation_is_described(entry: dict[str, Any]) -> None:
    if not (ROOT / "spec" / "lms" / f"{entry['group']}.yaml").exists():
        pytest.skip(f"group {entry['group']} is not curated yet")
    header = f"{entry['method']} {entry['path']}"
    # As the doc writes it, or, where the doc files it under a path that cannot be right, at
    # the path the platform serves with x-doc-source naming the doc's header (spec/README.md).
    at_doc_path = entry["method"].lower() in spec_bundle()["paths"].get(entry["path"], {})
    assert at_doc_path or operations_from(spec_bundle(), header), f"{header} is not in spec/lms/"
    names = described(header)
    assert names is not None, f"no operation has x-doc-source section '{header}'"
    # Prose is the view's docstring, shared by every method of a path: its fields may belong
    # to a sibling operation (a GET's fields described under the DELETE).
    siblings = [described(f"{o['method']} {o['path']}") for o in OPERATIONS if o["path"] == entry["path"]]
    view = functools.reduce(operator.or_, [n for n in siblings if n is not None])
    # A path parameter of the doc's path that cannot be right is not carried to the served path.
    missing = [f"path parameter {p['name']}" for p in entry["path_parameters"]
               if p["name"] not in names.everything and at_doc_path]
    missing += [f"query parameter {p['name']}" for p in entry["query_parameters"]
                if p["name"] not in names.everything]
    missing += [f"request field {f['name']}" for f in entry["request_fields"]
                if leaf(f["name"]) not in names.request | set(names.parameters)]
    missing += [f"response field {f['name']}" for f in entry["response_fields"]
                if leaf(f["name"]) not in names.response]
    missing += [f"prose field {name}" for name in entry["prose_fields"]
                if leaf(name) not in view.everything]
    assert not missing, f"lms-api.txt line {entry['line']}: not described: {missing}"
