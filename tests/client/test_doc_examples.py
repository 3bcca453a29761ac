"""Every JSON example of the docs, as attached to the descriptions, parses into its typed model."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import pytest
import yaml

from edx_openapi.reader import examples, pointer_get
from specio import apis

BUNDLES = Path(__file__).resolve().parents[2] / "generated" / "openapi"
APIS = tuple(apis())


def model_examples() -> list[Any]:
    cases = []
    for api in APIS:
        doc = yaml.safe_load((BUNDLES / f"{api}.openapi.yaml").read_text(encoding="utf-8"))
        for schema_pointer, example_pointer, value in examples(doc):
            ref = pointer_get(doc, schema_pointer).get("$ref", "")
            if ref.startswith("#/components/schemas/") and isinstance(value, dict):
                name = ref.rsplit("/", 1)[1]
                cases.append(pytest.param(api, name, value, id=f"{api}:{example_pointer}"))
    return cases


CASES = model_examples()


def test_examples_are_found() -> None:
    assert len(CASES) >= 10


@pytest.mark.parametrize(("api", "name", "value"), CASES)
def test_example_parses_into_its_model(api: str, name: str, value: dict[str, Any]) -> None:
    models = importlib.import_module(f"edx_api_client.{api}.models")
    model = getattr(models, name).from_dict(value)
    assert set(value) <= set(model.to_dict()), "a documented field was lost in parsing"
