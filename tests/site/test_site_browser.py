"""The reference site in a real browser: Debian's headless Chromium, driven by playwright.

Each page is loaded from disk (file://) as a reader would open it: it must render without a
console error and without a request to any host, a known operation of each API must be
findable through the page's search box, and once chosen its code sample and a link to its
evidence must be on screen. Screenshots go to build/site-screenshots/.

No browser is ever downloaded (no `playwright install`): `make test` installs Debian's
`chromium` where it is missing and the user is root, as in CI; elsewhere these tests skip.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from edx_openapi.reader import operations
from lint_evidence import CITATION
from specio import load_yaml

ROOT = Path(__file__).resolve().parents[2]
SITE = ROOT / "build" / "site"
SHOTS = ROOT / "build" / "site-screenshots"
CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
# One operation per API, searched for by its operationId as a reader would type it.
KNOWN = {"lms": "bookmarks_list", "enterprise": "licenses_assign", "catalog": "catalogs_retrieve"}
LOCAL = ("file:", "data:", "blob:", "about:")

pytestmark = [
    pytest.mark.skipif(not CHROMIUM.exists(), reason=(
        "Debian's chromium is not installed (/usr/bin/chromium): `make test` installs it when run "
        "as root (apt-get install chromium); playwright never downloads a browser here")),
    pytest.mark.skipif(not (SITE / "index.html").exists(), reason="the site is not built: run `make docs`"),
]


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=str(CHROMIUM),
            args=FLAGS, headless=True, viewport={"width": 1400, "height": 900})
        yield context
        context.close()


class Watched:
    """A page with every console error, uncaught exception and request to a host recorded."""

    def __init__(self, browser: Any, name: str) -> None:
        self.page = browser.new_page()
        self.problems: list[str] = []
        self.page.on("console", self.console)
        self.page.on("pageerror", lambda error: self.problems.append(f"exception: {error}"))
        self.page.on("request", self.request)
        self.page.goto((SITE / name).as_uri())

    def console(self, message: Any) -> None:
        if message.type == "error":
            self.problems.append(f"console: {message.text}")

    def request(self, request: Any) -> None:
        if not request.url.startswith(LOCAL):
            self.problems.append(f"request to a host: {request.url}")

    def finish(self, shot: str) -> None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        # Two animation frames: on a loaded machine a screenshot taken as soon as the elements
        # are visible in the DOM has come out blank, before the browser painted them.
        self.page.evaluate("() => new Promise(done => requestAnimationFrame("
                           "() => requestAnimationFrame(done)))")
        self.page.screenshot(path=str(SHOTS / shot))
        self.page.close()
        assert not self.problems, self.problems


def known_operation(api: str) -> tuple[str, str, str]:
    """(operationId, the sync call's text, the first evidence link) of the API's known operation."""
    copy = load_yaml(SITE / f"{api}.openapi.yaml")
    operation = next(op for _, _, op in operations(copy) if op["operationId"] == KNOWN[api])
    call = next(line for line in operation["x-codeSamples"][0]["source"].splitlines() if "= edx." in line)
    match = CITATION.match(operation["x-evidence"][0])
    assert match, operation["x-evidence"][0]
    link = (f"https://github.com/{match['repo']}/blob/{match['commit']}/{match['path']}"
            f"#L{match['start']}-L{match['end']}")
    return KNOWN[api], call.split("= ")[1].strip(), link


@pytest.mark.parametrize("api", list(KNOWN))
def test_a_known_operation_is_found_by_search_with_its_sample_and_evidence(browser: Any, api: str) -> None:
    operation_id, call, link = known_operation(api)
    watched = Watched(browser, f"{api}.html")
    page = watched.page
    page.locator("[data-testid=search-trigger]").first.click()
    page.locator("input[placeholder^=Search]").last.fill(operation_id)
    found = page.locator(f'a[data-component-name="Search/SearchItem"][href$="/{operation_id}"]')
    found.first.click(timeout=15_000)
    page.wait_for_url(re.compile(f"#.*/{operation_id}$"))
    page.get_by_text(call).first.wait_for(state="visible", timeout=15_000)
    page.locator(f'a[href="{link}"]').first.wait_for(state="visible", timeout=15_000)
    watched.finish(f"{api}.png")


def test_the_index_opens_and_links_the_three_pages(browser: Any) -> None:
    watched = Watched(browser, "index.html")
    page = watched.page
    for api in KNOWN:
        assert page.locator(f'a.api[href="{api}.html"]').is_visible()
    assert page.get_by_role("cell", name="x-evidence", exact=True).is_visible()
    watched.finish("index.png")
