"""codegen/apis.yaml, the one list of APIs, as scripts/specio.py reads it and scripts/apis.py
hands it to the Makefile: a wrong entry is refused with its place."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from apis import make_variables
from specio import SpecError, api_settings, apis

GOOD = {"docs": ["a.txt"], "host": "gateway", "subpackage": "tiny"}


def write(tmp_path: Path, entries: Any) -> Path:
    path = tmp_path / "apis.yaml"
    path.write_text(yaml.safe_dump({"apis": entries}))
    return path


def test_the_projects_list_names_the_three_apis_and_their_docs() -> None:
    listed = apis()
    assert list(listed) == ["enterprise", "catalog", "lms"]
    assert listed["lms"]["docs"] == ["lms-api.txt"] and listed["lms"]["host"] == "lms"


def test_the_makefile_gets_names_subpackages_and_inventories() -> None:
    text = make_variables()
    assert "APIS := enterprise catalog lms\n" in text
    assert "SUBPACKAGE_lms := lms\n" in text and "INVENTORY_lms := lms-api.txt\n" in text
    assert "INVENTORY_catalog" not in text


@pytest.mark.parametrize(("entry", "message"), [
    ({**GOOD, "host": "moon"}, r"apis.tiny.host: one of \['lms', 'gateway'\]"),
    ({**GOOD, "docs": []}, r"apis.tiny.docs: expected a list"),
    ({**GOOD, "subpackage": "not-an-identifier"}, "apis.tiny.subpackage: must be a Python identifier"),
    ({**GOOD, "colour": "blue"}, "apis.tiny: unknown setting 'colour'"),
    ({"docs": ["a.txt"], "host": "lms"}, r"apis.tiny: missing \['subpackage'\]"),
])
def test_a_wrong_entry_is_refused_with_its_place(tmp_path: Path, entry: dict[str, Any],
                                                 message: str) -> None:
    with pytest.raises(SpecError, match=message):
        apis(write(tmp_path, {"tiny": entry}))


def test_an_api_missing_from_the_list_says_where_to_add_it(tmp_path: Path) -> None:
    with pytest.raises(SpecError, match=r"apis.yaml: no entry for the API 'other' \(listed: \['tiny'\]\)"):
        api_settings("other", write(tmp_path, {"tiny": GOOD}))
