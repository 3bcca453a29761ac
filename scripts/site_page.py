"""Site step: one API's page of the reference site, rendered by Redocly CLI and made offline.

`redocly build-docs --inlineBundle` puts Redoc's scripts and styles into the page itself, so
the page opens from a folder on disk. One thing in it still reaches for the network: the
"API docs by Redocly" logo in the sidebar is an <img> from Redocly's CDN. It is replaced here
by the same words drawn in an inline SVG, and the page is refused if any other script, style,
image or font would still come from a host: a reader offline must see the whole page.

Usage: python scripts/site_page.py REDOCLY SITE_COPY OUTPUT
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import quote

from specio import SpecError, load_yaml, run_main

LOGO = re.compile(r"https://cdn\.redoc\.ly/redoc/logo-mini(?:-full)?\.svg")
LOGO_SVG = ("<svg xmlns='http://www.w3.org/2000/svg' width='52' height='14'>"
            "<text x='0' y='11' font-family='sans-serif' font-size='11' fill='#555'>Redocly</text></svg>")
# What a browser would fetch from a host when the page loads: a script, a stylesheet, an image,
# a font (url(...) in CSS). Links a reader clicks (href of <a>) are not loads.
REMOTE_LOADS = re.compile(
    r"""<script[^>]+src=["']https?://|<link[^>]+href=["']https?://|<img[^>]+src=["']https?://"""
    r"""|url\(\s*["']?https?://|@import\s+["']?https?://""")
# Redocly CLI asks no questions of the network when it is told so.
QUIET = {"REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true", "NO_COLOR": "1"}


def render(redocly: Path, site_copy: Path, output: Path) -> None:
    title = str(load_yaml(site_copy)["info"]["title"])
    with tempfile.TemporaryDirectory() as scratch:
        page = Path(scratch) / output.name
        result = subprocess.run(
            [str(redocly), "build-docs", str(site_copy), "--inlineBundle", "--output", str(page),
             "--title", f"{title}: edx-openapi reference"],
            capture_output=True, text=True, check=False, env={**os.environ, **QUIET})
        if result.returncode != 0 or not page.exists():
            raise SpecError(f"{site_copy}: redocly build-docs failed:\n{result.stdout}{result.stderr}")
        html = page.read_text(encoding="utf-8")
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(offline(html, str(output)), encoding="utf-8")


def offline(html: str, where: str) -> str:
    """The page with the CDN logo inlined; an error naming any other remote load left."""
    html = LOGO.sub("data:image/svg+xml," + quote(LOGO_SVG, safe="=:/'"), html)
    if remote := REMOTE_LOADS.search(html):
        context = html[max(0, remote.start() - 80):remote.end() + 80]
        raise SpecError(f"{where}: the page would load from the network: ...{context}...")
    return html


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("redocly", type=Path, help="the pinned Redocly CLI (.site-tools/...)")
    parser.add_argument("site_copy", type=Path, help="build/site/<api>.openapi.yaml")
    parser.add_argument("output", type=Path)
    args = parser.parse_args()
    render(args.redocly, args.site_copy, args.output)
    print(args.output)


if __name__ == "__main__":
    run_main(main)
