"""Site step: the reference site's index page (build/site/index.html).

It links each API's page with its title, summary and number of operations (read from the
site copies the pages are rendered from), says what the project is (site/index.html, the
template), and renders the vendor extensions from the project's own documentation, so the
site and the READMEs cannot drift: the extensions table of spec/README.md, with the rows only
README.md's table has, and spec/README.md's "Who may call" section.

Usage: python scripts/site_index.py OUTPUT TEMPLATE SITE_COPY [SITE_COPY ...]
"""

from __future__ import annotations

import argparse
import html
import json
import re
from pathlib import Path
from string import Template
from typing import Any

from markdown_it import MarkdownIt

from edx_openapi.reader import operations
from specio import ROOT, SpecError, load_yaml, run_main

SPEC_README = ROOT / "spec" / "README.md"
README = ROOT / "README.md"
RENDERER = ROOT / "site" / "package.json"
MARKDOWN = MarkdownIt("commonmark", {"html": False}).enable("table")


def section(markdown: str, heading: str, where: Path) -> str:
    """The text of one `## heading` section of a Markdown file, without its heading line."""
    match = re.search(rf"^## {re.escape(heading)}\n(.*?)(?=^## |\Z)", markdown, re.M | re.S)
    if not match:
        raise SpecError(f"{where}: no section '## {heading}'")
    return match.group(1).strip()


def table_rows(text: str) -> list[list[str]]:
    """The body rows of the first Markdown table in `text`, as lists of cell texts."""
    lines = [line for line in text.splitlines() if line.startswith("|")]
    return [[cell.strip() for cell in re.split(r"(?<!\\)\|", line.strip())[1:-1]] for line in lines[2:]]


def extensions_table() -> str:
    """spec/README.md's extension rows, then README.md's rows for extensions it does not list."""
    spec_rows = table_rows(section(SPEC_README.read_text(encoding="utf-8"), "Vendor extensions", SPEC_README))
    readme_rows = table_rows(section(README.read_text(encoding="utf-8"), "Vendor extensions", README))
    known = {row[0] for row in spec_rows}
    rows = spec_rows + [row for row in readme_rows if row[0] not in known]
    if not rows:
        raise SpecError(f"{SPEC_README}: the vendor extensions table has no rows")
    lines = ["| extension | on | meaning |", "|---|---|---|", *("| " + " | ".join(r) + " |" for r in rows)]
    return str(MARKDOWN.render("\n".join(lines)))


def access_section() -> str:
    heading = "Who may call (`x-access`)"
    text = section(SPEC_README.read_text(encoding="utf-8"), heading, SPEC_README)
    return str(MARKDOWN.render(f"## {heading}\n\n{text}"))


def api_entry(site_copy: Path) -> str:
    doc: dict[str, Any] = load_yaml(site_copy)
    api = site_copy.name.split(".")[0]
    info = doc["info"]
    count = sum(1 for _ in operations(doc))
    return (f'<li><a class="api" href="{api}.html">{html.escape(str(info["title"]))}</a>'
            f'<p>{html.escape(str(info.get("summary", "")))}</p>'
            f'<p class="count">{count} operations &middot; <a href="{api}.openapi.yaml">'
            f"OpenAPI description</a></p></li>")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("template", type=Path)
    parser.add_argument("site_copies", type=Path, nargs="+")
    args = parser.parse_args()
    renderer = json.loads(RENDERER.read_text(encoding="utf-8"))["dependencies"]["@redocly/cli"]
    page = Template(args.template.read_text(encoding="utf-8")).substitute(
        apis="\n".join(api_entry(copy) for copy in args.site_copies),
        extensions=extensions_table(), access=access_section(), renderer=html.escape(renderer))
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(page, encoding="utf-8")
    print(args.output)


if __name__ == "__main__":
    run_main(main)
