"""The reference site without a browser: the site copies (scripts/site_bundle.py), the pages'
offline check (scripts/site_page.py) and the index (scripts/site_index.py).

Every operation of the three bundles must reach the site with its code samples: counted here
against the bundles, in memory (no build needed) and, once `make docs` has run, in the pages.
"""

from __future__ import annotations

import ast
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import site_bundle
import site_index
import site_page
from edx_api_client import EdxClient
from edx_openapi.reader import operations
from specio import SpecError, apis, load_yaml

ROOT = Path(__file__).resolve().parents[2]
SITE = ROOT / "build" / "site"
CLIENT = ROOT / "generated" / "edx-openapi-client"
PLATFORM = "openedx/openedx-platform@" + "e" * 40
TOP_LEVEL_AWAIT = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT


def bundle(api: str) -> Path:
    return ROOT / "generated" / "openapi" / f"{api}.openapi.yaml"


@pytest.fixture(scope="module", params=list(apis()))
def copies(request: pytest.FixtureRequest) -> tuple[str, dict[str, Any], dict[str, Any]]:
    api = str(request.param)
    published = load_yaml(bundle(api))
    return api, published, site_bundle.site_copy(api, bundle(api), CLIENT)


def test_every_operation_has_a_sync_and_an_async_sample_of_a_real_call(
        copies: tuple[str, dict[str, Any], dict[str, Any]]) -> None:
    api, published, copy = copies
    assert sorted((p, m) for p, m, _ in operations(copy)) == sorted(
        (p, m) for p, m, _ in operations(published))
    edx = EdxClient(token="t", lms_url="https://lms.example")
    for path, method, operation in operations(copy):
        samples = operation["x-codeSamples"]
        assert [s["label"] for s in samples] == ["Python", "Python (async)"], (path, method)
        for sample in samples:
            compile(sample["source"], f"{method} {path}", "exec", flags=TOP_LEVEL_AWAIT)
        call = next(line for line in samples[0]["source"].splitlines() if "= edx." in line)
        _, group, action = call.split("= edx.")[1].split("(")[0].split(".")[-3:]
        assert callable(getattr(getattr(getattr(edx, api), group), action)), call
        assert "await edx." in samples[1]["source"]


def test_every_citation_of_an_operation_is_a_link_in_its_description(
        copies: tuple[str, dict[str, Any], dict[str, Any]]) -> None:
    _, _, copy = copies
    for path, method, operation in operations(copy):
        assert "**Sources**" in operation["description"], (path, method)
        if "x-access" in operation:
            assert "**Who may call:**" in operation["description"], (path, method)
        for citation in operation.get("x-evidence") or []:
            assert site_bundle.evidence_link(citation) in operation["description"], (path, method)


def test_the_published_bundles_carry_no_site_additions() -> None:
    for api in apis():
        assert "x-codeSamples" not in bundle(api).read_text(encoding="utf-8")


def test_an_evidence_citation_links_its_lines_at_the_pinned_commit() -> None:
    link = site_bundle.evidence_link(f"{PLATFORM}:lms/urls.py#L3-L9")
    assert link == (f"[openedx/openedx-platform `lms/urls.py` L3-L9](https://github.com/openedx/"
                    f"openedx-platform/blob/{'e' * 40}/lms/urls.py#L3-L9)")
    assert "` L4](" in site_bundle.evidence_link(f"{PLATFORM}:a.py#L4-L4")
    with pytest.raises(SpecError):
        site_bundle.evidence_link("openedx/openedx-platform@main:lms/urls.py#L3-L9")


def test_who_may_call_is_said_in_words_with_its_evidence() -> None:
    access = {"callers": ["self", "global-staff"], "user": "username", "refusal": 404,
              "note": "Staff may read any account.", "x-evidence": [f"{PLATFORM}:views.py#L1-L2"]}
    text = site_bundle.who_may_call(access)
    assert text.startswith("**Who may call:** the user named by `username`, or global staff.")
    assert "Anyone else gets 404. Staff may read any account." in text and "views.py" in text
    assert "the signed-in user" in site_bundle.who_may_call({"callers": ["self"]})


def test_parts_get_their_sources_curation_notes_and_untyped_reasons() -> None:
    doc: dict[str, Any] = {"paths": {"/x": {"get": {"operationId": "x", "x-evidence": ["kept"], "responses": {
        "200": {"description": "OK", "x-undocumented-reason": "A proxy."}}}}},
        "components": {"schemas": {"S": {"properties": {"example": {
            "type": "string", "description": "A field.", "x-curation-note": "From the model.",
            "x-evidence": [f"{PLATFORM}:m.py#L1-L2"]}}}}}}
    site_bundle.annotate_parts(doc["paths"], in_map=True)
    site_bundle.annotate_parts(doc["components"])
    field = doc["components"]["schemas"]["S"]["properties"]["example"]["description"]
    assert field.startswith("A field.\n\nSource: [openedx/openedx-platform `m.py` L1-L2](")
    assert field.endswith("Curation note: From the model.")
    response = doc["paths"]["/x"]["get"]["responses"]["200"]
    assert response["description"] == "OK\n\nBody not described: A proxy."
    assert "description" not in doc["paths"]["/x"]["get"]  # operations: annotate_operations


def test_operations_not_served_are_listed_in_the_api_description() -> None:
    doc: dict[str, Any] = {"info": {"description": "LMS."}, "x-not-served": [
        {"method": "get", "path": "/gone/", "reason": "Not routed.", "evidence": [f"{PLATFORM}:u.py#L1-L2"]}]}
    site_bundle.not_served(doc)
    assert "## Documented but not served" in doc["info"]["description"]
    assert "- `GET /gone/`: Not routed. [openedx/openedx-platform" in doc["info"]["description"]


def test_a_page_is_made_offline_or_refused() -> None:
    page = site_page.offline('<img src="https://cdn.redoc.ly/redoc/logo-mini.svg">', "p.html")
    assert "cdn.redoc.ly" not in page and 'src="data:image/svg+xml,' in page
    assert site_page.offline('<a href="https://github.com/x">x</a>', "p.html")  # a link is no load
    for remote in ('<script src="https://cdn.example/r.js">', "<style>@font-face{src:url(https://f/x.woff)}"):
        with pytest.raises(SpecError, match="would load from the network"):
            site_page.offline(remote, "p.html")


def test_the_index_renders_the_vendor_extensions_of_both_readmes() -> None:
    table = site_index.extensions_table()
    for extension in ("x-doc-source", "x-access", "x-curation-note", "x-evidence", "x-not-served",
                      "x-codeSamples"):
        assert f"<code>{extension}</code>" in table, extension
    assert "<code>global-staff</code>" in site_index.access_section()


built = pytest.mark.skipif(not (SITE / "index.html").exists(),
                           reason="the site is not built: run `make docs`")


@built
@pytest.mark.parametrize("api", list(apis()))
def test_every_operation_is_on_its_built_page_with_its_code_sample(api: str) -> None:
    copy = load_yaml(SITE / f"{api}.openapi.yaml")
    page = (SITE / f"{api}.html").read_text(encoding="utf-8")
    assert not site_page.REMOTE_LOADS.search(page)
    published = {(p, m) for p, m, _ in operations(load_yaml(bundle(api)))}
    assert {(p, m) for p, m, _ in operations(copy)} == published, "stale site: run `make docs`"
    shown = Counter(re.findall(r"edx\.([\w.]+)\(", page))
    missing = []
    for path, method, operation in operations(copy):
        sample = operation["x-codeSamples"][0]["source"]
        call = sample.split("= edx.")[1].split("(")[0]
        if shown[call] < 2:  # the sync and the async sample
            missing.append(f"{method.upper()} {path}")
    assert not missing, f"operations without their code sample on {api}.html: {missing[:10]}"


@built
def test_the_index_links_every_api_page() -> None:
    index = (SITE / "index.html").read_text(encoding="utf-8")
    for api in apis():
        assert f'href="{api}.html"' in index
