"""Shared pieces of the contract tests: settings, the APIs under test and authentication."""

from __future__ import annotations

from pathlib import Path

import schemathesis
from schemathesis.config import SchemathesisConfig

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
BUNDLES = ROOT / "generated" / "openapi"
CONFIG_FILE = HERE / "schemathesis.toml"
APIS = ("enterprise", "catalog")


def load_config() -> SchemathesisConfig:
    return SchemathesisConfig.from_path(CONFIG_FILE)


def bearer_headers(token: str) -> dict[str, str]:
    return {"Authorization": f"JWT {token}"}


__all__ = ["APIS", "BUNDLES", "load_config", "bearer_headers", "schemathesis"]
