"""Overlay step: apply an API's overlay folder (OpenAPI Overlay 1.0) to its bundled description.

`overlays/<api>/<group>.overlay.yaml` corrects `spec/<api>/<group>.yaml` and nothing else
(`api.overlay.yaml` corrects the API root): every action must land on a path or component
that its spec file defines, or one the same overlay adds. So the files touch disjoint parts
of the document and the result does not depend on the order in which they are applied; paths
and components are sorted afterwards, as bundle.py sorts them.

Every file is checked before any is applied: Overlay 1.0 structure, and a description that
starts with one of the API's doc sources (codegen/apis.yaml) and names its `Evidence:`.

Targets are RFC 9535 JSONPath (python-jsonpath in strict mode). `update` on an object merges
recursively (nested objects merge; scalars and nested arrays replace); `update` on an array
appends the value; `remove: true` removes every node the target selects. An action whose
target selects nothing fails the whole step and names the action, because a silent no-op
would mean a documented correction quietly stopped applying.

Usage: python scripts/apply_overlays.py API BUNDLE OUTPUT [--only GROUP,...]
"""

from __future__ import annotations

import argparse
import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonpath

from bundle import ROOT_FILE, fragment_keys
from specio import ROOT, SpecError, api_settings, dump_yaml, load_yaml, rel, run_main

JSONPATH = jsonpath.JSONPathEnvironment(strict=True)
SUFFIX = ".overlay.yaml"
Key = tuple[str, ...]


class OverlayError(SpecError):
    """An overlay document that is malformed or an action that cannot be applied."""


@dataclass
class Overlay:
    """One checked overlay file and the parts of the document it may change."""

    source: str
    actions: list[dict[str, Any]]
    owned: set[Key] | None = None  # None: anything (an overlay applied outside the layout)
    added: set[Key] = field(default_factory=set)


def load_folder(api: str, only: set[str] | None = None, spec_root: Path | None = None,
                overlay_root: Path | None = None, docs: list[str] | None = None) -> list[Overlay]:
    """The overlays of one API, each checked against the spec file it sits beside; `docs`
    (the doc sources actions may cite) defaults to the API's entry in codegen/apis.yaml."""
    spec_dir = (spec_root or ROOT / "spec") / api
    folder = (overlay_root or ROOT / "overlays") / api
    docs = docs if docs is not None else api_settings(api)["docs"]
    overlays = []
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        group = path.name.removesuffix(SUFFIX)
        if only is not None and group not in only:
            continue
        spec_file = spec_dir / f"{group}.yaml"
        if not spec_file.is_file():
            raise OverlayError(f"{rel(path)}: corrects {rel(spec_file)}, which does not exist "
                               "(an overlay is named after the spec file it corrects)")
        actions = check_overlay(load_yaml(path), rel(path), docs)
        owned = fragment_keys(load_yaml(spec_file), root=group == ROOT_FILE.removesuffix(".yaml"))
        overlays.append(Overlay(rel(path), actions, owned))
    return overlays


def check_overlay(overlay: Any, source: str, docs: list[str] | None = None) -> list[dict[str, Any]]:
    """The actions of a well-formed overlay; with `docs`, every action must also cite one of
    them (`<doc> §<section>`) and its evidence."""
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
    problems: list[str] = []
    for index, action in enumerate(actions):
        where = f"{source}: actions[{index}]"
        if not isinstance(action, dict) or not isinstance(action.get("target"), str):
            raise OverlayError(f"{where}: every action needs a string 'target'")
        remove = action.get("remove", False)
        if not isinstance(remove, bool):
            raise OverlayError(f"{where}: 'remove' must be true or false, got {remove!r}")
        if not remove and "update" not in action:
            raise OverlayError(f"{where}: the action neither updates nor removes anything")
        problems += _citation_problems(action, where, docs) if docs is not None else []
    if problems:
        raise OverlayError("\n".join(problems))
    return actions


def _citation_problems(action: dict[str, Any], where: str, docs: list[str]) -> list[str]:
    description = str(action.get("description", "")).strip()
    problems = []
    if not any(description.startswith(f"{doc} §") for doc in docs):
        problems.append(f"{where} ({action['target']}): the description must start with the doc "
                        f"and section it corrects: one of {docs}, then '§<section>'")
    if "Evidence:" not in description:
        problems.append(f"{where} ({action['target']}): the description must say 'Evidence:' "
                        "and what the evidence is")
    return problems


def apply_overlays(document: Any, overlays: list[Overlay]) -> Any:
    """A copy of `document` with every overlay applied, then paths and components sorted."""
    result = copy.deepcopy(document)
    for overlay in overlays:
        for index, action in enumerate(overlay.actions):
            result = _apply_action(result, action, overlay, f"{overlay.source}: actions[{index}]")
    if isinstance(result, dict):
        if isinstance(result.get("paths"), dict):
            result["paths"] = dict(sorted(result["paths"].items()))
        for section, entries in (result.get("components") or {}).items():
            result["components"][section] = dict(sorted(entries.items()))
    return result


def apply_overlay(document: Any, overlay: Any, source: str = "overlay") -> Any:
    """Apply one overlay document in order, with no restriction on what it reaches."""
    actions = check_overlay(overlay, source)
    result = copy.deepcopy(document)
    for index, action in enumerate(actions):
        result = _apply_action(result, action, Overlay(source, actions), f"{source}: actions[{index}]")
    return result


def _apply_action(document: Any, action: dict[str, Any], overlay: Overlay, where: str) -> Any:
    target = action["target"]
    try:
        matches = list(JSONPATH.finditer(target, document))
    except jsonpath.JSONPathError as exc:
        raise OverlayError(f"{where}: invalid JSONPath {target!r}: {exc}") from exc
    if not matches:
        raise OverlayError(f"{where}: target {target!r} matches nothing")
    for match in matches:
        _check_ownership(match, action, overlay, where)
    if action.get("remove", False):
        return _remove(document, matches, where)
    for match in matches:
        _update(match, action["update"], where)
    return document


def _check_ownership(match: jsonpath.JSONPathMatch, action: dict[str, Any], overlay: Overlay,
                     where: str) -> None:
    """The node must belong to the overlay's spec file. An update of a whole section
    (`$.paths`, `$.components.schemas`) may change the entries the file defines and add new
    ones, which the overlay then owns."""
    if overlay.owned is None:
        return
    parts = tuple(str(p) for p in match.parts)
    depth = 3 if parts[:1] == ("components",) else 2 if parts[:1] == ("paths",) else 1
    if len(parts) >= depth:
        key = parts[:depth]
        if key in overlay.owned or key in overlay.added:
            return
        raise OverlayError(f"{where}: target {action['target']!r} reaches {'.'.join(key)}, which "
                           f"the spec file beside {overlay.source} does not define; move the "
                           "action to the overlay of the file that does")
    update = action.get("update")
    if action.get("remove") or not isinstance(update, dict):
        raise OverlayError(f"{where}: target {action['target']!r} is a whole section; an action "
                           "there may only update entries by name")
    for name in update:
        key = (*parts, str(name))
        if not _exists(match.obj, name):
            overlay.added.add(key)
        elif key not in overlay.owned and key not in overlay.added:
            raise OverlayError(f"{where}: updates {'.'.join(key)}, which the spec file beside "
                               f"{overlay.source} does not define")


def _exists(node: Any, name: Any) -> bool:
    return isinstance(node, dict) and name in node


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
    parser.add_argument("api", help="the API, as named in codegen/apis.yaml")
    parser.add_argument("bundle", type=Path)
    parser.add_argument("output", type=Path)
    parser.add_argument("--only", help="comma-separated groups whose overlays are applied alone")
    args = parser.parse_args()
    only = set(args.only.split(",")) if args.only else None
    overlays = load_folder(args.api, only)
    dump_yaml(apply_overlays(load_yaml(args.bundle), overlays), args.output)


if __name__ == "__main__":
    run_main(main)
