"""Inventory step: what lms-api.txt documents, operation by operation, as machine-readable YAML.

The LMS reference is rendered from the platform's own schema: an operation starts with a
`METHOD /path#` header, and its structured lists follow as bullets (`• name (type) – text`)
under `Parameters:` (path), `Query Parameters:`, `Request JSON Object:` and `Response JSON
Object:`. Bullets of the form `• name: text` elsewhere in an operation's prose are recorded
as prose fields. The coverage test checks every name here against the bundled description.

Usage: python scripts/extract_inventory.py DOC OUTPUT
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import Any

from specio import SpecError, dump_yaml, rel, run_main

HEADER = re.compile(r"^(GET|POST|PUT|PATCH|DELETE) (/\S*)#$")
STRUCTURED = {
    "Parameters:": "path_parameters",
    "Query Parameters:": "query_parameters",
    "Request JSON Object:": "request_fields",
    "Response JSON Object:": "response_fields",
}
TYPED_BULLET = re.compile(r"^\s*• ([A-Za-z_][\w.\[\]-]*) \(([^)]*)\) –")
PROSE_BULLET = re.compile(r"^\s*• ([a-z_][a-z0-9_]*(?:\[\]\.[a-z0-9_]+)*): \S")


def extract(text: str) -> list[dict[str, Any]]:
    operations: list[dict[str, Any]] = []
    section: str | None = None
    current: dict[str, Any] | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        header = HEADER.match(line)
        if header:
            current = _operation(header.group(1), header.group(2), number)
            operations.append(current)
            section = None
            continue
        if current is None:
            continue
        stripped = line.strip()
        if stripped in STRUCTURED:
            section = STRUCTURED[stripped]
            continue
        if stripped.endswith(":") and not stripped.startswith("•"):
            section = None  # another heading ends a structured list
        typed = TYPED_BULLET.match(line)
        if typed and section:
            current[section].append({"name": typed.group(1), "type": typed.group(2)})
            continue
        prose = PROSE_BULLET.match(line)
        if prose and not section:
            current["prose_fields"].append(prose.group(1))
    for operation in operations:
        operation["prose_fields"] = sorted(set(operation["prose_fields"]))
    return operations


def _operation(method: str, path: str, line: int) -> dict[str, Any]:
    return {
        "method": method,
        "path": path,
        "group": path.strip("/").split("/")[0],
        "line": line,
        "path_parameters": [],
        "query_parameters": [],
        "request_fields": [],
        "response_fields": [],
        "prose_fields": [],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("doc", type=Path)
    parser.add_argument("output", type=Path)
    args = parser.parse_args()
    try:
        text = args.doc.read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecError(f"{rel(args.doc)}: cannot read: {exc.strerror}") from exc
    operations = extract(text)
    if not operations:
        raise SpecError(f"{rel(args.doc)}: no `METHOD /path#` operation headers found")
    dump_yaml({"doc": args.doc.name, "operations": operations}, args.output)


if __name__ == "__main__":
    run_main(main)
