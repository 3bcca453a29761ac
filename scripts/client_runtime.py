"""Runtime step: lay the hand-written client runtime (client/) into the client distribution.

Copies client/ into OUTPUT (the edx-openapi-client distribution folder), removes files there that
client/ no longer has, and renders edx_api_client/apis.py from codegen/apis.yaml with
codegen/runtime/apis.py.jinja. The generated API subpackages (generate_client.py) are left
alone, so that each API's generation and this step can run on their own.

Usage: python scripts/client_runtime.py OUTPUT
"""

from __future__ import annotations

import argparse
from pathlib import Path

import jinja2

from specio import ROOT, apis, rel, run_main

SKELETON = ROOT / "client"
TEMPLATE = ROOT / "codegen" / "runtime" / "apis.py.jinja"
PACKAGE = "edx_api_client"
IGNORED = {"__pycache__", ".mypy_cache", ".ruff_cache"}


def render_apis_module() -> str:
    entries = [
        {"name": name, "subpackage": s["subpackage"], "host": s["host"], "docs": s["docs"],
         "class_name": "".join(part.title() for part in s["subpackage"].split("_")) + "Client"}
        for name, s in apis().items()
    ]
    environment = jinja2.Environment(trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
                                      undefined=jinja2.StrictUndefined, autoescape=False)
    return environment.from_string(TEMPLATE.read_text(encoding="utf-8")).render(apis=entries)


def lay_runtime(output: Path) -> list[Path]:
    """Copy the runtime into `output`; returns the files written or removed."""
    generated = {s["subpackage"] for s in apis().values()}
    wanted = {path.relative_to(SKELETON): path for path in SKELETON.rglob("*")
              if path.is_file() and not IGNORED & set(path.parts)}
    changed = []
    for existing in sorted(output.rglob("*")) if output.exists() else []:
        relative = existing.relative_to(output)
        inside_api = relative.parts[:1] == (PACKAGE,) and relative.parts[1:2] and \
            relative.parts[1] in generated
        if existing.is_file() and not inside_api and relative not in wanted \
                and relative != Path(PACKAGE, "apis.py") and not IGNORED & set(relative.parts):
            existing.unlink()
            changed.append(existing)
    for relative, source in wanted.items():
        changed += _write(output / relative, source.read_bytes())
    changed += _write(output / PACKAGE / "apis.py", render_apis_module().encode())
    return changed


def _write(target: Path, content: bytes) -> list[Path]:
    if target.is_file() and target.read_bytes() == content:
        return []
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(content)
    return [target]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path, help="the edx-openapi-client distribution folder")
    args = parser.parse_args()
    for path in lay_runtime(args.output.resolve()):
        print(rel(path))


if __name__ == "__main__":
    run_main(main)
