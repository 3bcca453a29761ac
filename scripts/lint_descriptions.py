"""Lint rule for the descriptions users read: they speak of the service, never of the doc.

An operation's description, and those of its parameters, request body and responses, become
the client's docstrings and the reference site's text (spec/README.md, "Descriptions for
users"). How a description was curated (what the doc omits or gets wrong) belongs in
`x-curation-note` beside it; a description that says "the doc states..." tells the user about
our sources instead of about the call. The same holds for the descriptions of the component
schemas and their properties, which the reference site shows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from edx_openapi.reader import escape, operations, subschemas, top_schemas

CURATION = re.compile(r"\bthe docs?\b|\bdoc's\b|\bplatform's source\b", re.IGNORECASE)


def description_rules(doc: dict[str, Any]) -> list[str]:
    problems = [f"{pointer}/description: speaks of the doc ({found.group(0)!r}); say it in "
                "x-curation-note and describe the call"
                for pointer, text in _user_descriptions(doc)
                if (found := CURATION.search(text))]
    problems += [f"{pointer}/description: speaks of the doc ({found.group(0)!r}); say it in "
                 "x-curation-note and describe the schema or property"
                 for pointer, text in _schema_descriptions(doc)
                 if (found := CURATION.search(text))]
    # Every operation and parameter says what it is: the docstring's Args list shows them all.
    problems += [f"{pointer}: no description" for pointer, text in _user_descriptions(doc)
                 if not text.strip() and (pointer.rsplit("/", 2)[-2] == "parameters"
                                          or _is_operation(pointer))]
    return problems


def _is_operation(pointer: str) -> bool:
    return pointer.startswith("#/paths/") and pointer.count("/") == 3


def _user_descriptions(doc: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(pointer, description) of every part users read; a reference is checked where it is
    defined (its component), not at each use."""
    for pointer, node in _user_parts(doc):
        if "$ref" not in node:
            yield pointer, str(node.get("description") or "")


def _user_parts(doc: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for path, method, op in operations(doc):
        base = f"#/paths/{escape(path)}/{method}"
        yield base, op
        for index, parameter in enumerate(op.get("parameters") or []):
            yield f"{base}/parameters/{index}", parameter
        if op.get("requestBody"):
            yield f"{base}/requestBody", op["requestBody"]
        for status, response in (op.get("responses") or {}).items():
            yield f"{base}/responses/{status}", response
    for path, item in doc.get("paths", {}).items():
        for index, parameter in enumerate(item.get("parameters") or []):
            yield f"#/paths/{escape(path)}/parameters/{index}", parameter
    components = doc.get("components") or {}
    for kind in ("parameters", "responses", "requestBodies"):
        for name, node in (components.get(kind) or {}).items():
            yield f"#/components/{kind}/{name}", node


def _schema_descriptions(doc: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(pointer, description) of every schema and the schemas nested in it (the reader's walk);
    a reference is not followed, but a description beside it is checked."""
    for start, schema in top_schemas(doc):
        for pointer, node in subschemas(schema, start):
            if isinstance(node.get("description"), str):
                yield pointer, node["description"]
