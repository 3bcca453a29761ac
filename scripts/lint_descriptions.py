"""Lint rule for the descriptions users read: they speak of the service, never of the doc.

An operation's description, and those of its parameters, request body and responses, become
the client's docstrings and the reference site's text (spec/README.md, "Descriptions for
users"). How a description was curated (what the doc omits or gets wrong) belongs in
`x-curation-note` beside it; a description that says "the doc states..." tells the user about
our sources instead of about the call.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from edx_openapi.reader import escape, operations

CURATION = re.compile(r"\bthe docs?\b|\bdoc's\b|\bplatform's source\b", re.IGNORECASE)


def description_rules(doc: dict[str, Any]) -> list[str]:
    return [f"{pointer}/description: speaks of the doc ({found.group(0)!r}); say it in "
            "x-curation-note and describe the call"
            for pointer, text in _user_descriptions(doc)
            if (found := CURATION.search(text))]


def _user_descriptions(doc: dict[str, Any]) -> Iterator[tuple[str, str]]:
    for path, method, op in operations(doc):
        base = f"#/paths/{escape(path)}/{method}"
        yield base, str(op.get("description") or "")
        for index, parameter in enumerate(op.get("parameters") or []):
            yield f"{base}/parameters/{index}", str(parameter.get("description") or "")
        yield f"{base}/requestBody", str((op.get("requestBody") or {}).get("description") or "")
        for status, response in (op.get("responses") or {}).items():
            yield f"{base}/responses/{status}", str(response.get("description") or "")
    for path, item in doc.get("paths", {}).items():
        for index, parameter in enumerate(item.get("parameters") or []):
            yield f"#/paths/{escape(path)}/parameters/{index}", str(parameter.get("description") or "")
    components = doc.get("components") or {}
    for kind in ("parameters", "responses", "requestBodies"):
        for name, node in (components.get(kind) or {}).items():
            yield f"#/components/{kind}/{name}", str(node.get("description") or "")
