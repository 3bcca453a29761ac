"""The contract suite over HTTP against any server: `make contract BASE_URL=... TOKEN=...`.

GET operations only unless ALLOW_WRITES=1, so that pointing it at a real edX instance
cannot assign or revoke licenses by accident. Not named test_*.py: `make test` leaves it out,
and `make contract` runs it by path. Skipped when no BASE_URL is given.
"""

from __future__ import annotations

import os
from typing import Any
from urllib.parse import urlsplit

import pytest
import schemathesis
import yaml

from .conftest import APIS, BUNDLES, load_config

BASE_URL = os.environ.get("EDX_CONTRACT_BASE_URL", "")
TOKEN = os.environ.get("EDX_CONTRACT_TOKEN", "")
ALLOW_WRITES = os.environ.get("EDX_CONTRACT_ALLOW_WRITES", "") == "1"

pytestmark = pytest.mark.skipif(not BASE_URL, reason="run through `make contract BASE_URL=...`")


def _schema(api: str) -> Any:
    path = BUNDLES / f"{api}.openapi.yaml"
    # The description's server path (the LMS's /api) goes after the host the caller names.
    prefix = urlsplit(yaml.safe_load(path.read_text(encoding="utf-8"))["servers"][0]["url"]).path
    project: dict[str, Any] = {"headers": {"Authorization": f"JWT {TOKEN}"} if TOKEN else {}}
    if BASE_URL:  # without one the module is skipped, but still collected
        project["base-url"] = BASE_URL.rstrip("/") + prefix.rstrip("/")
    config = load_config(**project)
    return schemathesis.openapi.from_path(path, config=config)


remote = {api: _schema(api) for api in APIS}


def call(case: Any) -> None:
    # The operation's method, not the case's: the coverage phase also probes GET operations
    # with undeclared methods (TRACE, ...), which are refused without any effect.
    if not ALLOW_WRITES and case.operation.method.upper() != "GET":
        pytest.skip(f"{case.operation.label} writes; set ALLOW_WRITES=1 to include it")
    case.call_and_validate()


@remote["enterprise"].parametrize()
def test_enterprise_operations(case: Any) -> None:
    call(case)


@remote["catalog"].parametrize()
def test_catalog_operations(case: Any) -> None:
    call(case)


@remote["lms"].parametrize()
def test_lms_operations(case: Any) -> None:
    call(case)
