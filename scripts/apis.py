"""The list of APIs (codegen/apis.yaml) as make variables, for the Makefile to include.

Writes `APIS := <name> ...`, `SUBPACKAGE_<api> := <subpackage>` and, for an API with an
inventory doc, `INVENTORY_<api> := <doc>`, so that the Makefile reads the one list instead of
parsing YAML itself.

Usage: python scripts/apis.py OUTPUT
"""

from __future__ import annotations

import argparse
from pathlib import Path

from specio import apis, rel, run_main


def make_variables() -> str:
    entries = apis()
    lines = [f"# Generated from {rel(Path('codegen/apis.yaml'))} by scripts/apis.py; do not edit.",
             f"APIS := {' '.join(entries)}"]
    for name, settings in entries.items():
        lines.append(f"SUBPACKAGE_{name} := {settings['subpackage']}")
        if "inventory" in settings:
            lines.append(f"INVENTORY_{name} := {settings['inventory']}")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    args = parser.parse_args()
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(make_variables(), encoding="utf-8")


if __name__ == "__main__":
    run_main(main)
