"""The client's docstrings tell the user what a call does and who may call it.

The generator keeps no vendor extension of an operation, so scripts/generate_client.py ends
each description with the `x-access` rule in edx_openapi.access's words; this checks that
every generated call says it, word for word (the generator wraps lines, hence the spacing).
"""

from __future__ import annotations

import importlib
import inspect
import re

import pytest

from edx_openapi.access import describe
from edx_openapi.reader import operations
from lint_descriptions import CURATION
from specio import ROOT, api_settings, apis, load_yaml


def _operations() -> list[object]:
    found = []
    for api in apis():
        doc = load_yaml(ROOT / "generated" / "openapi" / f"{api}.openapi.yaml")
        subpackage = api_settings(api)["subpackage"]
        for _path, _method, op in operations(doc):
            found.append(pytest.param(subpackage, op, id=op["operationId"]))
    return found


def _words(text: str) -> str:
    return re.sub(r"\s+", "", text)  # the generator wraps lines, at hyphens too


@pytest.mark.parametrize(("subpackage", "operation"), _operations())
def test_each_call_says_who_may_call_it(subpackage: str, operation: dict[str, object]) -> None:
    tag = str(operation["tags"][0]).replace("-", "_")  # type: ignore[index]
    module = importlib.import_module(f"edx_api_client.{subpackage}.api.{tag}.{operation['operationId']}")
    docstring = inspect.getdoc(module.sync) or ""
    assert _words(describe(operation["x-access"])) in _words(docstring)  # type: ignore[arg-type]
    assert not CURATION.search(re.sub(r"\s+", " ", docstring)), docstring
