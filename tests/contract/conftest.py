"""Shared pieces of the contract tests: settings and the APIs under test."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from schemathesis.config import SchemathesisConfig

HERE = Path(__file__).resolve().parent
BUNDLES = HERE.parent.parent / "generated" / "openapi"
CONFIG_FILE = HERE / "schemathesis.toml"
APIS = ("enterprise", "catalog", "lms")


def load_config(**project: Any) -> SchemathesisConfig:
    """tests/contract/schemathesis.toml, with project settings (base-url, headers) added."""
    data = tomllib.loads(CONFIG_FILE.read_text(encoding="utf-8"))
    return SchemathesisConfig.from_dict({**data, **project})
