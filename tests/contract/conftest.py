"""Shared pieces of the contract tests: settings and the APIs under test."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from schemathesis.config import SchemathesisConfig

from edx_mock.auth import DEFAULT_CLIENT, DevClient
from edx_openapi.reader import operations
from specio import apis, load_yaml

HERE = Path(__file__).resolve().parent
BUNDLES = HERE.parent.parent / "generated" / "openapi"
CONFIG_FILE = HERE / "schemathesis.toml"
# The APIs of the one list (codegen/apis.yaml), each with its bundle in generated/openapi/.
APIS = tuple(apis())


OPERATION_FILES = HERE / "operations"


def load_config(client: DevClient = DEFAULT_CLIENT, **project: Any) -> SchemathesisConfig:
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
    _accept_refusals(data.setdefault("operations", []), client)
    return SchemathesisConfig.from_dict({**data, **project})


def refused_operations(client: DevClient = DEFAULT_CLIENT) -> dict[str, int]:
    """operationId -> the status `client` may get from an operation whose `x-access` does not
    admit it everywhere. The suite calls as DEFAULT_CLIENT (a service worker, global staff): an
    operation only the named user, a course's learners or staff, or an enterprise's admins may
    call refuses it for the usernames, courses and enterprises schemathesis makes up, as the
    service would, so that refusal is an acceptable answer to valid data."""
    admitted = {"anyone", "signed-in", *client.grants}
    refused = {}
    for api in APIS:
        for _path, _method, op in operations(load_yaml(BUNDLES / f"{api}.openapi.yaml")):
            access = op.get("x-access") or {}
            callers = set(access.get("callers") or ["anyone"])
            if callers & admitted or ("self" in callers and not access.get("user")):
                continue
            refused[op["operationId"]] = int(access.get("refusal", 403))
    return refused


def _accept_refusals(entries: list[dict[str, Any]], client: DevClient) -> None:
    """Add each refused operation's refusal to its accepted statuses (its group's own table,
    if it has one, else a new table)."""
    for operation_id, status in refused_operations(client).items():
        entry = next((e for e in entries if operation_id in e.get("include-operation-id", [])
                      and _accepted(e) is not None), None)
        if entry is None:
            entries.append({"include-operation-id": [operation_id], "checks": {
                "positive_data_acceptance": {"expected-statuses": ["2xx", "404", str(status)]}}})
            continue
        accepted = _accepted(entry)
        assert accepted is not None
        if str(status) not in accepted:
            accepted.append(str(status))


def _accepted(entry: dict[str, Any]) -> list[str] | None:
    """The statuses a table accepts for valid data (TOML's dotted keys are nested tables)."""
    found = entry.get("checks", {}).get("positive_data_acceptance", {}).get("expected-statuses")
    return found if isinstance(found, list) else None
