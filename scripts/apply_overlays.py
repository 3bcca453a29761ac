"""Overlay step: apply an OpenAPI Overlay 1.0 document to a bundled description.

Targets are RFC 9535 JSONPath (python-jsonpath in strict mode). `update` on an object
merges recursively (nested objects merge; scalars and nested arrays replace); `update` on
an array appends the value; `remove: true` removes every node the target selects. An
action whose target selects nothing fails the whole step and names the action, because a
silent no-op would mean a documented correction quietly stopped applying.

Usage: python scripts/apply_overlays.py BUNDLE OUTPUT [OVERLAY ...]   (applied in order)
"""

from __future__ import annotations

import argparse
import copy
from pathlib import Path
from typing import Any

import jsonpath

from specio import SpecError, dump_yaml, load_yaml, rel, run_main

JSONPATH = jsonpath.JSONPathEnvironment(strict=True)


class OverlayError(SpecError):
    """An overlay document that is malformed or an action that cannot be applied."""


def apply_overlay(document: Any, overlay: Any, source: str = "overlay") -> Any:
    """Return a copy of `document` with every action of `overlay` applied in order."""
    actions = _check_overlay(overlay, source)
    result = copy.deepcopy(document)
    for index, action in enumerate(actions):
        result = _apply_action(result, action, f"{source}: actions[{index}]")
    return result


def _check_overlay(overlay: Any, source: str) -> list[dict[str, Any]]:
    if not isinstance(overlay, dict):
        raise OverlayError(f"{source}: an overlay must be a mapping")
    version = str(overlay.get("overlay", ""))
    if not version.startswith("1.0."):
        raise OverlayError(f"{source}: 'overlay' must be a 1.0.x version, got {version!r}")
    info = overlay.get("info")
    if not isinstance(info, dict) or not info.get("title") or not info.get("version"):
        raise OverlayError(f"{source}: 'info' needs a title and a version")
    actions = overlay.get("actions")
    if not isinstance(actions, list) or not actions:
        raise OverlayError(f"{source}: 'actions' must be a non-empty list")
    for index, action in enumerate(actions):
        where = f"{source}: actions[{index}]"
        if not isinstance(action, dict) or not isinstance(action.get("target"), str):
            raise OverlayError(f"{where}: every action needs a string 'target'")
        remove = action.get("remove", False)
        if not isinstance(remove, bool):
            raise OverlayError(f"{where}: 'remove' must be true or false, got {remove!r}")
        if not remove and "update" not in action:
            raise OverlayError(f"{where}: the action neither updates nor removes anything")
    return actions


def _apply_action(document: Any, action: dict[str, Any], where: str) -> Any:
    target = action["target"]
    try:
        matches = list(JSONPATH.finditer(target, document))
    except jsonpath.JSONPathError as exc:
        raise OverlayError(f"{where}: invalid JSONPath {target!r}: {exc}") from exc
    if not matches:
        raise OverlayError(f"{where}: target {target!r} matches nothing")
    if action.get("remove", False):
        return _remove(document, matches, where)
    for match in matches:
        _update(match, action["update"], where)
    return document


def _update(match: jsonpath.JSONPathMatch, value: Any, where: str) -> None:
    node = match.obj
    if isinstance(node, list):
        node.append(copy.deepcopy(value))
    elif isinstance(node, dict):
        if not isinstance(value, dict):
            raise OverlayError(f"{where}: an update of the object at {match.path} must be an object")
        _merge(node, value)
    else:
        raise OverlayError(
            f"{where}: {match.path} is a {type(node).__name__}; an update targets an object "
            "or an array (target the parent object to replace a value)"
        )


def _merge(target: dict[str, Any], update: dict[str, Any]) -> None:
    for key, value in update.items():
        if isinstance(value, dict) and isinstance(target.get(key), dict):
            _merge(target[key], value)
        else:
            target[key] = copy.deepcopy(value)


def _remove(document: Any, matches: list[jsonpath.JSONPathMatch], where: str) -> Any:
    if any(not m.parts for m in matches):
        raise OverlayError(f"{where}: cannot remove the document root")
    # Delete list elements from the highest index down so earlier deletions don't shift later ones.
    for match in sorted(matches, key=lambda m: _sort_key(m.parts), reverse=True):
        parent = _resolve(document, match.parts[:-1])
        key = match.parts[-1]
        if isinstance(parent, list) and isinstance(key, int) and 0 <= key < len(parent):
            del parent[key]
        elif isinstance(parent, dict) and key in parent:
            del parent[key]
    return document


def _sort_key(parts: tuple[Any, ...]) -> tuple[tuple[int, Any], ...]:
    return tuple((1, p) if isinstance(p, int) else (0, str(p)) for p in parts)


def _resolve(document: Any, parts: tuple[Any, ...]) -> Any:
    node = document
    for part in parts:
        node = node[part]
    return node


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument("output", type=Path)
    parser.add_argument("overlays", type=Path, nargs="*", help="Overlay 1.0 files; a missing one is skipped")
    args = parser.parse_args()
    document = load_yaml(args.bundle)
    for overlay in args.overlays:
        if overlay.exists():
            document = apply_overlay(document, load_yaml(overlay), rel(overlay))
    dump_yaml(document, args.output)


if __name__ == "__main__":
    run_main(main)
