"""Lint rules for OpenAPI `links`: each one must lead somewhere real.

A link names an existing operationId, has a description, fills every required path parameter
of its target, names only parameters the target declares, and uses runtime expressions that
can be evaluated: `$request.path.x`/`$request.query.x` of parameters the source declares,
`$request.body#/...` only where the source takes a body, `$response.body#/...` only on a
response that documents a body. schemathesis's stateful phase follows these links, so a
broken one would silently shrink the tested workflows.
"""

from __future__ import annotations

import re
from typing import Any

from edx_openapi.reader import deref, operation_parameters, operations

EXPRESSION = re.compile(r"\$(request\.(path|query|header)\.[\w.-]+|request\.body(#/.*)?"
                        r"|response\.body(#/.*)?|response\.header\.[\w-]+|statusCode|url|method)")


def _parameters(doc: dict[str, Any], path: str, method: str) -> dict[tuple[str, str], bool]:
    """(location, name) -> required, of an operation's own and its path item's parameters."""
    return {p.key: bool(p.spec.get("required")) for p in operation_parameters(doc, path, method)}


def link_rules(doc: dict[str, Any]) -> list[str]:
    by_id = {op.get("operationId"): (path, method) for path, method, op in operations(doc)}
    problems = []
    for path, method, op in operations(doc):
        source = _parameters(doc, path, method)
        for status, response in op.get("responses", {}).items():
            response = deref(doc, response)
            for name, link in (response.get("links") or {}).items():
                where = f"{method.upper()} {path} {status} link '{name}'"
                problems += _check_link(doc, where, link, by_id, source, op, response)
    return problems


def _check_link(doc: dict[str, Any], where: str, link: dict[str, Any],
                by_id: dict[Any, tuple[str, str]], source: dict[tuple[str, str], bool],
                op: dict[str, Any], response: dict[str, Any]) -> list[str]:
    target_id = link.get("operationId")
    if target_id not in by_id:
        return [f"{where}: operationId '{target_id}' is not an operation of this description"]
    problems = [] if link.get("description") else [f"{where}: no description"]
    target = _parameters(doc, *by_id[target_id])
    given = set()
    for key, value in (link.get("parameters") or {}).items():
        location, _, bare = key.rpartition(".")
        matches = [(loc, n) for loc, n in target if n == bare and (not location or loc == location)]
        if not matches:
            problems.append(f"{where}: '{target_id}' has no parameter '{key}'")
        given.update(matches)
        problems += _check_expression(where, value, source, op, response)
    if "requestBody" in link:
        problems += _check_expression(where, link["requestBody"], source, op, response)
    missing = [n for (loc, n), required in target.items() if loc == "path" and (loc, n) not in given]
    if missing:
        problems.append(f"{where}: does not fill the path parameters {missing} of '{target_id}'")
    return problems


def _check_expression(where: str, value: Any, source: dict[tuple[str, str], bool],
                      op: dict[str, Any], response: dict[str, Any]) -> list[str]:
    if not isinstance(value, str) or not value.startswith("$"):
        return []  # a constant
    if not EXPRESSION.fullmatch(value):
        return [f"{where}: '{value}' is not a runtime expression"]
    if value.startswith(("$request.path.", "$request.query.", "$request.header.")):
        _, location, name = value.split(".", 2)
        if (location, name) not in source:
            return [f"{where}: '{value}' names a parameter the operation does not declare"]
    if value.startswith("$request.body") and "requestBody" not in op:
        return [f"{where}: '{value}' but the operation takes no body"]
    if value.startswith("$response.body") and not response.get("content"):
        return [f"{where}: '{value}' but the response documents no body"]
    return []
