"""Lint rules for who may call an operation: `x-access` (spec/README.md, "Who may call").

The fake enforces `x-access` for every operation and the client's docstrings show it, so a
rule it cannot read is a defect: an unknown caller would make the fake refuse everyone, a
`course` naming no parameter would make `course-staff` unreachable. Hence the checks here:
the callers come from one vocabulary, every named parameter exists, and the evidence is there
(its citations are checked with every other `x-evidence` by lint_evidence.py).
"""

from __future__ import annotations

from typing import Any

from edx_openapi.access import CALLERS, SUBJECT_OF
from edx_openapi.reader import deref, operation_parameters, operations

# The callers that cannot be decided without their subject (`self` without one is the caller).
NEEDS_SUBJECT = {caller: key for caller, key in SUBJECT_OF.items() if caller != "self"}
KEYS = {"callers", "user", "course", "enterprise", "refusal", "note", "x-evidence"}
REFUSALS = (400, 401, 403, 404)


def access_rules(doc: dict[str, Any], require_all: bool = True) -> list[str]:
    problems = []
    for path, method, op in operations(doc):
        where = f"#/paths/{path}/{method}/x-access"
        access = op.get("x-access")
        if access is None:
            if require_all:
                problems.append(f"{where}: missing; say who may call {op.get('operationId')}")
            continue
        if not isinstance(access, dict):
            problems.append(f"{where}: expected an object")
            continue
        problems += [f"{where}/{key}: unknown key" for key in sorted(set(access) - KEYS)]
        callers = access.get("callers")
        if not isinstance(callers, list) or not callers:
            problems.append(f"{where}/callers: a non-empty list of callers is expected")
            continue
        unknown = [c for c in callers if c not in CALLERS]
        if unknown:
            problems.append(f"{where}/callers: unknown {unknown}; callers are {list(CALLERS)}")
        if "anyone" in callers and len(callers) > 1:
            problems.append(f"{where}/callers: 'anyone' admits everyone; list it alone")
        security = op.get("security", doc.get("security")) or [{}]
        if callers == ["anyone"] and {} not in security:
            # A client must know it may call without a token, and the fake serves it so.
            problems.append(f"#/paths/{path}/{method}/security: 'anyone' may call it, so the "
                            "security requirements include {} (no credentials)")
        if not access.get("x-evidence"):
            problems.append(f"{where}: cite the permission classes or checks in x-evidence")
        if access.get("refusal", 403) not in REFUSALS:
            problems.append(f"{where}/refusal: one of {list(REFUSALS)}")
        names = _request_names(doc, path, method, op)
        for caller in callers:
            key = NEEDS_SUBJECT.get(caller)
            if key and not access.get(key):
                problems.append(f"{where}: '{caller}' needs '{key}', the parameter naming it")
        for key in ("user", "course", "enterprise"):
            name = access.get(key)
            if name is not None and name not in names:
                problems.append(f"{where}/{key}: '{name}' is no parameter or body field "
                                f"of the operation ({sorted(names)})")
    return problems


def _request_names(doc: dict[str, Any], path: str, method: str, op: dict[str, Any]) -> set[str]:
    """The names a request can carry: its parameters and the top-level fields of its bodies."""
    names = {ref.spec["name"] for ref in operation_parameters(doc, path, method)}
    body = deref(doc, op.get("requestBody") or {})
    for media in (body.get("content") or {}).values():
        names |= _property_names(doc, media.get("schema") or {})
    return names


def _property_names(doc: dict[str, Any], schema: dict[str, Any], depth: int = 0) -> set[str]:
    schema = deref(doc, schema)
    names = set(schema.get("properties", {}))
    if depth < 8:
        for key in ("allOf", "oneOf", "anyOf"):
            for part in schema.get(key, []):
                names |= _property_names(doc, part, depth + 1)
    return names
