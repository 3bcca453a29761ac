"""Report: per API and resource group, how the success responses of the operations are described.

- documented: the body schema comes from a field table or structured field list of the doc;
- prose: written from the doc's prose (`x-fields-from-prose: true`);
- undocumented: the doc says nothing about the body (`x-undocumented-response: true`);
- no body: the documented success status has no body (204 and the like).

Usage: python scripts/report.py BUNDLE [BUNDLE ...]
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from schemas import deref, operations
from specio import load_yaml, run_main

KINDS = ("documented", "prose", "undocumented", "no body")


def classify(doc: dict[str, Any], operation: dict[str, Any]) -> str:
    """The kind of the operation's first 2xx response."""
    responses = operation.get("responses", {})
    status = next((s for s in responses if str(s).startswith("2")), None)
    if status is None:
        return "undocumented"
    response = deref(doc, responses[status])
    if response.get("x-undocumented-response"):
        return "undocumented"
    if not response.get("content"):
        return "no body"
    return "prose" if response.get("x-fields-from-prose") else "documented"


def count(doc: dict[str, Any]) -> dict[str, Counter[str]]:
    groups: dict[str, Counter[str]] = defaultdict(Counter)
    for _, _, operation in operations(doc):
        group = (operation.get("tags") or ["(untagged)"])[0]
        groups[group][classify(doc, operation)] += 1
    return dict(sorted(groups.items()))


def render(api: str, groups: dict[str, Counter[str]]) -> str:
    width = max([len(g) for g in groups] + [len("total"), len(api)])
    lines = [f"{api:<{width}}  {'ops':>5}  " + "  ".join(f"{k:>12}" for k in KINDS)]
    total: Counter[str] = Counter()
    for group, counts in groups.items():
        total.update(counts)
        lines.append(f"{group:<{width}}  {sum(counts.values()):>5}  "
                     + "  ".join(f"{counts[k]:>12}" for k in KINDS))
    lines.append(f"{'total':<{width}}  {sum(total.values()):>5}  "
                 + "  ".join(f"{total[k]:>12}" for k in KINDS))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundles", type=Path, nargs="+")
    args = parser.parse_args()
    for path in args.bundles:
        print(render(path.name.split(".")[0], count(load_yaml(path))), end="\n\n")


if __name__ == "__main__":
    run_main(main)
