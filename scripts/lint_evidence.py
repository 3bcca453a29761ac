"""Lint rules for the evidence taken from the services' source: `x-evidence` and `x-not-served`.

A citation is `owner/repo@<40-hex commit>:path#L<start>-L<end>`: one pinned commit, never a
branch, so that the lines cited stay the lines read. Every repository and commit cited must be
listed in spec/sources.yaml with its license (most of these repositories are AGPL-3.0: the
project takes facts from them, never text or code, and says so per source).

`x-evidence` may stand on any object of the description (operation, parameter, request body,
response, schema, property) and is a non-empty list of citations. `x-not-served`, at the
root, lists the documented operations the service does not serve: `method`, `path`, `reason`
and `evidence` each.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from specio import ROOT, SpecError, load_yaml, rel

SOURCES = ROOT / "spec" / "sources.yaml"
CITATION = re.compile(r"^(?P<repo>[\w.-]+/[\w.-]+)@(?P<commit>[0-9a-f]{40}):(?P<path>[^#\s]+)"
                      r"#L(?P<start>\d+)-L(?P<end>\d+)$")
SOURCE_KEYS = ("repo", "commit", "license", "evidence_for")
NOT_SERVED_KEYS = ("method", "path", "reason", "evidence")


def load_sources(path: Path = SOURCES) -> set[tuple[str, str]]:
    """The (repository, commit) pairs of spec/sources.yaml, each entry checked."""
    data = load_yaml(path)
    entries = data.get("sources") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise SpecError(f"{rel(path)}: expected a list 'sources'")
    listed = set()
    for index, entry in enumerate(entries):
        missing = [k for k in SOURCE_KEYS if not isinstance(entry, dict) or not entry.get(k)]
        if missing:
            raise SpecError(f"{rel(path)}: sources[{index}] lacks {missing}")
        if not re.fullmatch(r"[0-9a-f]{40}", str(entry["commit"])):
            raise SpecError(f"{rel(path)}: sources[{index}].commit is not a 40-hex commit")
        listed.add((str(entry["repo"]), str(entry["commit"])))
    return listed


def citations(node: Any, pointer: str = "#") -> Iterator[tuple[str, Any]]:
    """Every (pointer, value) of an `x-evidence` key in the document, and of `x-not-served`
    entries' `evidence`."""
    if isinstance(node, dict):
        for key, value in node.items():
            here = f"{pointer}/{key}"
            if key == "x-evidence":
                yield here, value
            elif key == "x-not-served" and isinstance(value, list):
                for index, entry in enumerate(value):
                    evidence = entry.get("evidence") if isinstance(entry, dict) else None
                    yield f"{here}/{index}/evidence", evidence
            else:
                yield from citations(value, here)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from citations(value, f"{pointer}/{index}")


def evidence_rules(doc: dict[str, Any], sources: set[tuple[str, str]]) -> list[str]:
    problems = []
    for pointer, value in citations(doc):
        if not isinstance(value, list) or not value:
            problems.append(f"{pointer}: a non-empty list of citations is expected")
            continue
        for citation in value:
            problems += _citation_problems(pointer, citation, sources)
    for index, entry in enumerate(doc.get("x-not-served") or []):
        missing = [k for k in NOT_SERVED_KEYS if not isinstance(entry, dict) or not entry.get(k)]
        if missing:
            problems.append(f"#/x-not-served/{index}: lacks {missing}")
    return problems


def _citation_problems(pointer: str, citation: Any, sources: set[tuple[str, str]]) -> list[str]:
    match = CITATION.fullmatch(citation) if isinstance(citation, str) else None
    if match is None:
        return [f"{pointer}: {citation!r} is not owner/repo@<40-hex commit>:path#L<a>-L<b>"]
    if int(match["start"]) > int(match["end"]) or int(match["start"]) < 1:
        return [f"{pointer}: {citation!r} cites an empty line range"]
    if (match["repo"], match["commit"]) not in sources:
        return [f"{pointer}: {match['repo']}@{match['commit']} is not listed in spec/sources.yaml"]
    return []
