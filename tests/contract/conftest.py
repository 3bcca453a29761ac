"""Shared pieces of the contract tests: settings and the APIs under test."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from schemathesis.config import SchemathesisConfig

from specio import apis

HERE = Path(__file__).resolve().parent
BUNDLES = HERE.parent.parent / "generated" / "openapi"
CONFIG_FILE = HERE / "schemathesis.toml"
# The APIs of the one list (codegen/apis.yaml), each with its bundle in generated/openapi/.
APIS = tuple(apis())


OPERATION_FILES = HERE / "operations"


def load_config(**project: Any) -> SchemathesisConfig:
    """tests/contract/schemathesis.toml plus the per-operation settings of each resource group
    (tests/contract/operations/*.toml, `[[operations]]` tables only), with project settings
    (base-url, headers) added."""
    data = tomllib.loads(CONFIG_FILE.read_text(encoding="utf-8"))
    for path in sorted(OPERATION_FILES.glob("*.toml")):
        extra = tomllib.loads(path.read_text(encoding="utf-8"))
        unexpected = set(extra) - {"operations"}
        if unexpected:
            raise ValueError(f"{path}: only [[operations]] tables belong here, not {sorted(unexpected)}")
        data.setdefault("operations", []).extend(extra.get("operations", []))
    return SchemathesisConfig.from_dict({**data, **project})
