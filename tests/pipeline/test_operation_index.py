"""generated/OPERATIONS.md: every operation of the bundles once, with a call the client has."""

from __future__ import annotations

import re
from pathlib import Path

from edx_api_client import EdxClient
from edx_openapi.reader import operations
from specio import apis, load_yaml

ROOT = Path(__file__).resolve().parents[2]
INDEX = ROOT / "generated" / "OPERATIONS.md"
ROW = re.compile(r"^\| `(?P<method>[A-Z]+) (?P<path>\S+)` \| `edx\.(?P<call>[a-z_0-9.]+)\(\)` \|", re.M)


def test_every_operation_is_indexed_once_with_a_call_the_client_has() -> None:
    rows = ROW.findall(INDEX.read_text(encoding="utf-8"))
    expected = set()
    for api in apis():
        doc = load_yaml(ROOT / "generated" / "openapi" / f"{api}.openapi.yaml")
        expected |= {(method.upper(), path) for path, method, _ in operations(doc)}
    assert sorted((m, p) for m, p, _ in rows) == sorted(expected)
    edx = EdxClient(token="t", lms_url="https://lms.example")
    for _, _, call in rows:
        api, group, method = call.split(".")
        assert callable(getattr(getattr(getattr(edx, api), group), method)), call


def test_the_readme_links_the_index() -> None:
    assert "generated/OPERATIONS.md" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_each_row_says_who_may_call_the_operation() -> None:
    rows = {(m, p): line for line in INDEX.read_text(encoding="utf-8").splitlines()
            if (found := ROW.match(line)) for m, p in [(found["method"], found["path"])]}
    for api in apis():
        doc = load_yaml(ROOT / "generated" / "openapi" / f"{api}.openapi.yaml")
        for path, method, operation in operations(doc):
            last = rows[(method.upper(), path)].rstrip(" |").rsplit("|", 1)[-1]
            callers = (operation.get("x-access") or {}).get("callers") or []
            assert [c for c in callers if c not in last] == [], (path, method, last)
