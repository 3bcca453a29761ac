"""Report: per API and resource group, where the success responses' bodies are described from.

- doc: the body schema comes from a field table or structured field list of the doc;
- prose: written from the doc's prose (`x-fields-from-prose: true`);
- source: typed from the service's source (`x-evidence` on the response or its schema);
- no body: the success status has no body (204 and the like);
- unknown: nothing says what the body is (`x-undocumented-response: true`).

Then, per API: the share of operations answering with a body whose 2xx body is typed; the
writes (POST, PUT, PATCH) by request body: typed, untyped (a bare `type: object`), or none,
naming the writes without a typed body (a write that takes no input rightly has none); and
the documented operations the service does not serve (`x-not-served`).

Usage: python scripts/report.py BUNDLE [BUNDLE ...]
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from edx_openapi.reader import deref, operations
from specio import load_yaml, run_main

KINDS = ("doc", "prose", "source", "no body", "unknown")
WRITES = ("post", "put", "patch")
# What a schema may say beyond `type: object` that makes it a typed body.
SHAPING = ("properties", "$ref", "allOf", "oneOf", "anyOf", "items", "additionalProperties",
           "patternProperties", "enum", "const")


def classify(doc: dict[str, Any], operation: dict[str, Any]) -> str:
    """The kind of the operation's first 2xx response."""
    responses = operation.get("responses", {})
    status = next((s for s in responses if str(s).startswith("2")), None)
    if status is None:
        return "unknown"
    response = deref(doc, responses[status])
    if response.get("x-undocumented-response"):
        return "unknown"
    if not response.get("content"):
        return "no body"
    schemas = [deref(doc, media.get("schema")) for media in response["content"].values()]
    if "x-evidence" in response or any(isinstance(s, dict) and "x-evidence" in s for s in schemas):
        return "source"
    return "prose" if response.get("x-fields-from-prose") else "doc"


def count(doc: dict[str, Any]) -> dict[str, Counter[str]]:
    groups: dict[str, Counter[str]] = defaultdict(Counter)
    for _, _, operation in operations(doc):
        group = (operation.get("tags") or ["(untagged)"])[0]
        groups[group][classify(doc, operation)] += 1
    return dict(sorted(groups.items()))


def write_bodies(doc: dict[str, Any]) -> dict[str, list[str]]:
    """The writes by request body: `typed`, `untyped` (bare object) or `none`; operationIds."""
    kinds: dict[str, list[str]] = {"typed": [], "untyped": [], "none": []}
    for _, method, operation in operations(doc):
        if method not in WRITES:
            continue
        body = deref(doc, operation.get("requestBody"))
        content = (body or {}).get("content") or {}
        schemas = [deref(doc, media.get("schema")) for media in content.values()]
        if not schemas:
            kind = "none"
        elif any(isinstance(s, dict) and (s.get("type") not in (None, "object")
                                          or any(k in s for k in SHAPING)) for s in schemas):
            kind = "typed"
        else:
            kind = "untyped"
        kinds[kind].append(str(operation.get("operationId", f"{method} ?")))
    return kinds


def render_summary(groups: dict[str, Counter[str]], writes: dict[str, list[str]]) -> str:
    total: Counter[str] = Counter()
    for counts in groups.values():
        total.update(counts)
    with_body = sum(total.values()) - total["no body"]
    typed = total["doc"] + total["prose"] + total["source"]
    share = f"{100 * typed / with_body:.1f}%" if with_body else "n/a"
    lines = [f"typed 2xx bodies: {typed} of {with_body} operations that answer with a body ({share})",
             f"writes: {sum(len(v) for v in writes.values())}; typed body {len(writes['typed'])}, "
             f"untyped body {len(writes['untyped'])}, no body {len(writes['none'])}"]
    for kind in ("untyped", "none"):
        if writes[kind]:
            lines.append(f"  {kind}: " + ", ".join(sorted(writes[kind])))
    return "\n".join(lines)


def render(api: str, groups: dict[str, Counter[str]], not_served: int = 0) -> str:
    width = max([len(g) for g in groups] + [len("total"), len(api)])
    lines = [f"{api:<{width}}  {'ops':>5}  " + "  ".join(f"{k:>8}" for k in KINDS)]
    total: Counter[str] = Counter()
    for group, counts in groups.items():
        total.update(counts)
        lines.append(f"{group:<{width}}  {sum(counts.values()):>5}  "
                     + "  ".join(f"{counts[k]:>8}" for k in KINDS))
    lines.append(f"{'total':<{width}}  {sum(total.values()):>5}  "
                 + "  ".join(f"{total[k]:>8}" for k in KINDS))
    lines.append(f"not served (x-not-served): {not_served}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundles", type=Path, nargs="+")
    args = parser.parse_args()
    for path in args.bundles:
        doc = load_yaml(path)
        groups = count(doc)
        print(render(path.name.split(".")[0], groups, len(doc.get("x-not-served") or [])))
        print(render_summary(groups, write_bodies(doc)), end="\n\n")


if __name__ == "__main__":
    run_main(main)
