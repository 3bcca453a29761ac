"""Reading and writing the YAML files of the pipeline, with errors that name the file and line."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent


class SpecError(Exception):
    """A problem in an input file, reported as `file:line: message` and exit status 1."""


class _UniqueKeyLoader(yaml.SafeLoader):
    """A SafeLoader that refuses duplicate mapping keys instead of keeping the last one."""


def _construct_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    mapping: dict[Any, Any] = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node)
        if key in mapping:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        mapping[key] = loader.construct_object(value_node, deep=True)
    return mapping


_UniqueKeyLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping
)
def _timestamp_as_string(loader: _UniqueKeyLoader, node: yaml.ScalarNode) -> str:
    return str(loader.construct_scalar(node))


# YAML 1.1 turns unquoted dates into datetime objects; JSON Schema wants the strings back.
_UniqueKeyLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_as_string)


def load_yaml(path: Path) -> Any:
    """Parse one YAML file; a syntax error or duplicate key becomes a SpecError naming the place."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecError(f"{rel(path)}: cannot read: {exc.strerror}") from exc
    try:
        return yaml.load(text, Loader=_UniqueKeyLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{rel(path)}:{mark.line + 1}:{mark.column + 1}" if mark else rel(path)
        raise SpecError(f"{where}: {exc.problem or exc.context}") from exc


class _Dumper(yaml.SafeDumper):
    """Block style, keys in their given order, long strings unwrapped: stable, diffable output."""


def _str_representer(dumper: _Dumper, data: str) -> yaml.ScalarNode:
    style = "|" if "\n" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Dumper.add_representer(str, _str_representer)


def dump_yaml(data: Any, path: Path) -> None:
    """Write `data` as YAML, only touching the file when its content changes."""
    text = yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=10_000)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")


APIS_FILE = ROOT / "codegen" / "apis.yaml"
HOSTS = ("lms", "gateway")
SETTINGS = {"docs": list, "host": str, "subpackage": str, "inventory": str}
REQUIRED = ("docs", "host", "subpackage")


def apis(path: Path = APIS_FILE) -> dict[str, dict[str, Any]]:
    """The APIs of codegen/apis.yaml, name to settings, checked: a wrong entry names itself."""
    config = load_yaml(path)
    entries = config.get("apis") if isinstance(config, dict) else None
    if not isinstance(entries, dict) or not entries:
        raise SpecError(f"{rel(path)}: expected a mapping 'apis' with one entry per API")
    for name, settings in entries.items():
        where = f"{rel(path)}: apis.{name}"
        if not isinstance(name, str) or not re.fullmatch(r"[a-z][a-z0-9_-]*", name):
            raise SpecError(f"{where}: an API name is lower-case letters, digits, '_' and '-'")
        if not isinstance(settings, dict):
            raise SpecError(f"{where}: expected a mapping of settings")
        for key, value in settings.items():
            if key not in SETTINGS:
                raise SpecError(f"{where}: unknown setting '{key}' (known: {sorted(SETTINGS)})")
            if not isinstance(value, SETTINGS[key]) or (key == "docs" and not value):
                raise SpecError(f"{where}.{key}: expected a {SETTINGS[key].__name__}, got {value!r}")
        if missing := [key for key in REQUIRED if key not in settings]:
            raise SpecError(f"{where}: missing {missing}")
        if settings["host"] not in HOSTS:
            raise SpecError(f"{where}.host: one of {list(HOSTS)}, got {settings['host']!r}")
        if not settings["subpackage"].isidentifier():
            raise SpecError(f"{where}.subpackage: must be a Python identifier")
    return entries


def api_settings(api: str, path: Path = APIS_FILE) -> dict[str, Any]:
    """One API's settings; an API missing from the list is an error that says where to add it."""
    entries = apis(path)
    if api not in entries:
        raise SpecError(f"{rel(path)}: no entry for the API '{api}' (listed: {sorted(entries)})")
    return entries[api]


def rel(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def run_main(main: Any) -> None:
    """Run a script's main(), turning SpecError into one clear line and exit status 1."""
    try:
        main()
    except SpecError as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(1)
