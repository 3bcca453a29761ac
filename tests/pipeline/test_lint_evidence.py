"""scripts/lint_evidence.py: citations of the services' source are pinned, well-formed and
listed in spec/sources.yaml, and the committed bundles follow the rule."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from lint_evidence import citations, evidence_rules, load_sources
from specio import ROOT, SpecError, load_yaml

COMMIT = "e57a655d77b614f19223984e9805b1fb940ab192"
GOOD = f"openedx/openedx-platform@{COMMIT}:lms/urls.py#L10-L12"
LISTED = {("openedx/openedx-platform", COMMIT)}


def doc_with(evidence: Any) -> dict[str, Any]:
    return {"paths": {"/a": {"get": {"x-evidence": evidence}}}}


def test_a_pinned_listed_citation_passes() -> None:
    assert evidence_rules(doc_with([GOOD]), LISTED) == []


@pytest.mark.parametrize(("evidence", "message"), [
    ([GOOD.replace(COMMIT, "master")], "is not owner/repo@<40-hex commit>"),
    ([GOOD.replace("#L10-L12", "")], "is not owner/repo@<40-hex commit>"),
    ([GOOD.replace("#L10-L12", "#L12-L10")], "cites an empty line range"),
    ([GOOD.replace("openedx-platform", "edx-platform")], "is not listed in spec/sources.yaml"),
    ([], "a non-empty list of citations"),
    (GOOD, "a non-empty list of citations"),
])
def test_a_bad_citation_is_reported_with_its_place(evidence: Any, message: str) -> None:
    problems = evidence_rules(doc_with(evidence), LISTED)
    assert len(problems) == 1 and problems[0].startswith("#/paths//a/get/x-evidence") \
        and message in problems[0], problems


def test_not_served_entries_need_every_field_and_cited_evidence() -> None:
    doc = {"x-not-served": [{"method": "put", "path": "/x", "reason": "no such view", "evidence": [GOOD]},
                            {"method": "get", "path": "/y", "evidence": ["not a citation"]}]}
    problems = evidence_rules(doc, LISTED)
    assert any("#/x-not-served/1: lacks ['reason']" in p for p in problems)
    assert any("#/x-not-served/1/evidence" in p and "not owner/repo" in p for p in problems)
    assert not any("x-not-served/0" in p for p in problems)


def test_sources_entries_need_a_license_and_a_pinned_commit(tmp_path: Path) -> None:
    path = tmp_path / "sources.yaml"
    path.write_text(f"sources:\n  - {{repo: a/b, commit: {COMMIT}, evidence_for: x}}\n")
    with pytest.raises(SpecError, match=r"sources\[0\] lacks \['license'\]"):
        load_sources(path)
    path.write_text("sources:\n  - {repo: a/b, commit: main, license: MIT, evidence_for: x}\n")
    with pytest.raises(SpecError, match="not a 40-hex commit"):
        load_sources(path)


def test_every_listed_source_is_cited_by_some_description() -> None:
    cited = {
        tuple(citation.split(":", 1)[0].split("@"))
        for bundle in sorted((ROOT / "generated" / "openapi").glob("*.openapi.yaml"))
        for _, value in citations(load_yaml(bundle))
        for citation in value or []
    }
    assert load_sources() <= cited, "spec/sources.yaml lists a source no description cites"
