"""Validate step: openapi-spec-validator, then this project's own rules, over a bundled description.

Rules beyond the OpenAPI schema: unique operationIds; every operation has a summary, exactly
one declared tag, a 2xx response, security with 401 and 403 answers, and an x-doc-source;
`required` names exist in `properties`; no 3.0-only keywords; paginated lists type their
results; every example validates against its schema, strictly (an example field the schema
does not declare means the doc's table and example disagree), and a doc example kept as
x-doc-text has its repaired value; every link leads somewhere real (lint_links.py); every
citation of the services' source is well-formed and listed (lint_evidence.py). (Overlay
actions are checked where they are read, by apply_overlays.py.)

Usage: python scripts/lint_spec.py BUNDLE
"""

from __future__ import annotations

import argparse
import copy
import sys
from pathlib import Path
from typing import Any

import jsonschema
import referencing
from openapi_spec_validator import validate as validate_openapi
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from edx_openapi.reader import deref, examples, media_types, operations, subschemas, top_schemas
from lint_access import access_rules
from lint_descriptions import description_rules
from lint_evidence import evidence_rules, load_sources
from lint_links import link_rules
from specio import load_yaml, rel, run_main

OAS30_ONLY = ("nullable", "x-nullable")
BUNDLE_URI = "urn:edx-openapi:bundle"


def lint(doc: dict[str, Any], sources: set[tuple[str, str]] | None = None) -> list[str]:
    """Every problem of `doc`; `sources` (the cited repositories and commits) defaults to
    spec/sources.yaml."""
    problems: list[str] = []
    try:
        validate_openapi(doc)
    except OpenAPIValidationError as exc:
        where = "/".join(str(p) for p in exc.absolute_path)
        problems.append(f"#/{where}: OpenAPI schema: {exc.message}")
    problems += _operation_rules(doc)
    problems += _schema_rules(doc)
    problems += _pagination_rules(doc)
    problems += _example_rules(doc)
    problems += link_rules(doc)
    problems += evidence_rules(doc, load_sources() if sources is None else sources)
    problems += access_rules(doc)
    problems += description_rules(doc)
    return problems


def _operation_rules(doc: dict[str, Any]) -> list[str]:
    problems = []
    seen: dict[str, str] = {}
    declared_tags = {t["name"] for t in doc.get("tags", [])}
    root_security = doc.get("security")
    for path, method, op in operations(doc):
        where = f"{method.upper()} {path}"
        op_id = op.get("operationId")
        if not op_id:
            problems.append(f"{where}: no operationId")
        elif op_id in seen:
            problems.append(f"{where}: operationId '{op_id}' is also used by {seen[op_id]}")
        else:
            seen[op_id] = where
        if not op.get("summary"):
            problems.append(f"{where}: no summary")
        tags = op.get("tags") or []
        if len(tags) != 1:
            problems.append(f"{where}: needs exactly one tag, has {tags}")
        problems += [f"{where}: tag '{t}' is not declared in the root" for t in tags
                     if t not in declared_tags]
        statuses = [str(s) for s in op.get("responses", {})]
        if not any(s.startswith("2") for s in statuses):
            problems.append(f"{where}: no 2xx response")
        if not op.get("security", root_security):
            problems.append(f"{where}: no security requirement")
        elif missing := {"401", "403"} - set(statuses):
            problems.append(f"{where}: secured, but does not declare {sorted(missing)}")
        if "x-doc-source" not in op:
            problems.append(f"{where}: no x-doc-source naming the doc section")
        for status, response in op.get("responses", {}).items():
            if response.get("x-undocumented-response") and response.get("content"):
                problems.append(f"{where}: response {status} is marked undocumented but has content")
    return problems


def _schema_rules(doc: dict[str, Any]) -> list[str]:
    problems = []
    for start, schema in top_schemas(doc):
        for pointer, sub in subschemas(schema, start):
            problems += [f"{pointer}: '{k}' is OpenAPI 3.0 only; use type: [..., \"null\"]"
                         for k in OAS30_ONLY if k in sub]
            if not _is_bare_constraint(pointer, sub):
                problems += _required_rule(doc, pointer, sub, _property_names(doc, sub))
    return problems


def _pagination_rules(doc: dict[str, Any]) -> list[str]:
    """A paginated list (allOf a `*Envelope` component) must type its `results` itself: the
    envelopes leave them untyped (see spec/common/components.yaml)."""
    problems = []
    schemas = doc.get("components", {}).get("schemas", {})
    envelopes = {f"#/components/schemas/{name}" for name in schemas if name.endswith("Envelope")}
    for name, schema in schemas.items():
        members = schema.get("allOf") or []
        if not any(m.get("$ref") in envelopes for m in members):
            continue
        typed = [m for m in members if (m.get("properties") or {}).get("results", {}).get("type")
                 == "array" and "items" in m["properties"]["results"]]
        if len(typed) != 1:
            problems.append(f"#/components/schemas/{name}: a paginated list needs one allOf member "
                            "with `results: {type: array, items: ...}`")
    return problems


def _required_rule(doc: dict[str, Any], pointer: str, schema: dict[str, Any],
                   known: set[str]) -> list[str]:
    """`required` names must be declared; in a bare `not`/`anyOf`/`oneOf` constraint such as
    `not: {required: [a, b]}`, declared by the schema that holds the constraint."""
    problems = []
    required = schema.get("required")
    if required is not None and not (
        isinstance(required, list) and all(isinstance(r, str) for r in required)
    ):
        problems.append(f"{pointer}: 'required' must be a list of property names")
    elif required:
        problems += [f"{pointer}: required '{name}' is not in properties"
                     for name in required if name not in known]
    constraints = [(f"{pointer}/not", schema["not"])] if isinstance(schema.get("not"), dict) else []
    for key in ("anyOf", "oneOf"):
        constraints += [(f"{pointer}/{key}/{i}", m) for i, m in enumerate(schema.get(key) or [])]
    for where, member in constraints:
        if "required" in member and "properties" not in member and "$ref" not in member:
            problems += _required_rule(doc, where, {"required": member["required"]}, known)
    return problems


def _is_bare_constraint(pointer: str, schema: dict[str, Any]) -> bool:
    parts = pointer.split("/")
    in_constraint = parts[-1] == "not" or (len(parts) > 1 and parts[-2] in ("anyOf", "oneOf"))
    return in_constraint and "properties" not in schema and "$ref" not in schema


def _property_names(doc: dict[str, Any], schema: dict[str, Any]) -> set[str]:
    names = set(schema.get("properties") or {})
    for member in schema.get("allOf") or []:
        names |= _property_names(doc, deref(doc, member))
    return names


def _example_rules(doc: dict[str, Any]) -> list[str]:
    strict = strict_document(doc)
    registry: referencing.Registry[Any] = referencing.Registry().with_resource(
        BUNDLE_URI, referencing.Resource.from_contents(strict, referencing.jsonschema.DRAFT202012)
    )
    problems = [
        f"{pointer}/examples/{name}: the doc's text (x-doc-text) has no repaired value; "
        "add one with an overlay action citing what is broken"
        for pointer, media in media_types(doc)
        for name, example in (media.get("examples") or {}).items()
        if isinstance(example, dict) and "x-doc-text" in example and "value" not in example
    ]
    for schema_pointer, example_pointer, value in examples(doc):
        validator = jsonschema.Draft202012Validator(
            {"$ref": f"{BUNDLE_URI}{schema_pointer}"},
            registry=registry,
            format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
        )
        for error in sorted(validator.iter_errors(value), key=lambda e: list(e.absolute_path))[:5]:
            at = "/".join(str(p) for p in error.absolute_path) or "(root)"
            problems.append(f"{example_pointer}: example at {at}: {error.message[:300]}")
    return problems


def strict_document(doc: dict[str, Any]) -> dict[str, Any]:
    """A copy of `doc` in which object schemas with properties forbid undeclared properties.

    Members of allOf stay open (the composing schema closes them), and so do components used
    as allOf members, since `unevaluatedProperties` cannot see siblings. anyOf/oneOf members
    are alternatives, each complete on its own, so they are closed like any other schema.
    """
    strict = copy.deepcopy(doc)
    composed = {
        member["$ref"]
        for start, schema in top_schemas(strict)
        for _, sub in subschemas(schema, start)
        for member in sub.get("allOf") or []
        if "$ref" in member
    }
    members: set[int] = set()
    for start, schema in top_schemas(strict):
        for pointer, sub in subschemas(schema, start):
            members |= {id(m) for m in sub.get("allOf") or []}
            open_by_design = (
                id(sub) in members
                or pointer in composed
                or "additionalProperties" in sub
                or "unevaluatedProperties" in sub
            )
            if not open_by_design and ("properties" in sub or "allOf" in sub):
                sub["unevaluatedProperties"] = False
    return strict


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path)
    args = parser.parse_args()
    problems = [f"{rel(args.bundle)}: {p}" for p in lint(load_yaml(args.bundle))]
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        sys.exit(f"{len(problems)} problem(s) found")
    print(f"{rel(args.bundle)}: ok")


if __name__ == "__main__":
    run_main(main)
