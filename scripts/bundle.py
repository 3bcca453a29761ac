"""Bundle step: merge one API's spec folder (plus spec/common/) into a single OpenAPI document.

Every file of a spec folder is a fragment of one document with local `$ref`s only, so
bundling is a merge, and component names survive unchanged. A path operation, component
or tag defined twice is an error naming both files; so is a `$ref` that resolves nowhere.

Usage: python scripts/bundle.py API OUTPUT
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from edx_openapi.reader import escape, pointer_get, unescape
from specio import ROOT, SpecError, dump_yaml, load_yaml, rel, run_main

# Documented operations the service does not serve: each group lists its own beside its paths,
# and the bundle gathers them at its root (spec/README.md, "Evidence from the services' source").
NOT_SERVED = "x-not-served"

FRAGMENT_KEYS = {"paths", "components", "tags", NOT_SERVED}
ROOT_FILE = "api.yaml"


def spec_files(api: str, only: set[str] | None = None) -> list[Path]:
    """The files of one bundle, in merge order: shared components, the API root, resources.

    `only` limits the resource files to those stems, to check one part of a large API alone.
    """
    folder = ROOT / "spec" / api
    if not (folder / ROOT_FILE).is_file():
        raise SpecError(f"{rel(folder)}: no {ROOT_FILE} (the API root) in this spec folder")
    common = sorted((ROOT / "spec" / "common").glob("*.yaml"))
    resources = sorted(p for p in folder.glob("*.yaml") if p.name != ROOT_FILE)
    if only is not None:
        unknown = only - {p.stem for p in resources}
        if unknown:
            raise SpecError(f"{rel(folder)}: no resource file(s) named {sorted(unknown)}")
        resources = [p for p in resources if p.stem in only]
    return [*common, folder / ROOT_FILE, *resources]


def fragment_keys(fragment: Any, root: bool = False) -> set[tuple[str, ...]]:
    """What a spec file defines: ('paths', url) and ('components', section, name), and for
    the API root its other top-level keys too: the parts of the bundle it owns."""
    if not isinstance(fragment, dict):
        return set()
    keys: set[tuple[str, ...]] = {("paths", str(url)) for url in fragment.get("paths") or {}}
    for section, entries in (fragment.get("components") or {}).items():
        keys |= {("components", str(section), str(name)) for name in entries or {}}
    if root:
        keys |= {(str(key),) for key in fragment if key not in ("paths", "components")}
    return keys


def bundle(api: str, only: set[str] | None = None) -> dict[str, Any]:
    files = spec_files(api, only)
    root_path = ROOT / "spec" / api / ROOT_FILE
    doc: dict[str, Any] = {}
    origin: dict[tuple[str, ...], Path] = {}
    for path in files:
        fragment = load_yaml(path)
        if not isinstance(fragment, dict):
            raise SpecError(f"{rel(path)}: expected a mapping at the top level")
        if path == root_path:
            _merge_root(doc, fragment, path, origin)
        else:
            _merge_fragment(doc, fragment, path, origin)
    doc["paths"] = dict(sorted(doc.get("paths", {}).items()))
    doc["tags"] = sorted(doc.get("tags", []), key=lambda tag: tag["name"])
    if NOT_SERVED in doc:  # last, whichever file listed the first entry
        entries = doc.pop(NOT_SERVED)
        doc[NOT_SERVED] = sorted(entries, key=lambda e: (str(e.get("path")), str(e.get("method"))))
    for section, entries in doc.get("components", {}).items():
        doc["components"][section] = dict(sorted(entries.items()))
    _check_refs(doc, origin)
    return doc


def _merge_root(doc: dict[str, Any], root: dict[str, Any], path: Path, origin: Any) -> None:
    for key in ("openapi", "info", "paths"):
        if key not in root:
            raise SpecError(f"{rel(path)}: the API root must define '{key}'")
    components = root.pop("components", None)
    paths = root.pop("paths") or {}
    tags = root.pop("tags", [])
    not_served = root.pop(NOT_SERVED, [])
    doc.update({k: v for k, v in root.items()})
    doc["paths"] = {}
    _merge_fragment(doc, {"paths": paths, "components": components or {}, "tags": tags,
                          NOT_SERVED: not_served}, path, origin)
    # Keep the conventional key order: metadata first, then paths, then components.
    ordered = {k: doc.pop(k) for k in list(doc) if k not in ("tags", "paths", "components")}
    ordered["tags"] = doc.pop("tags", [])
    ordered["paths"] = doc.pop("paths")
    ordered["components"] = doc.pop("components", {})
    if NOT_SERVED in doc:
        ordered[NOT_SERVED] = doc.pop(NOT_SERVED)
    doc.update(ordered)


def _merge_fragment(doc: dict[str, Any], fragment: dict[str, Any], path: Path, origin: Any) -> None:
    unknown = set(fragment) - FRAGMENT_KEYS
    if unknown:
        raise SpecError(
            f"{rel(path)}: top-level key(s) {sorted(unknown)} not allowed in a resource file "
            f"(only {sorted(FRAGMENT_KEYS)}; metadata belongs in {ROOT_FILE})"
        )
    not_served = fragment.get(NOT_SERVED) or []
    if not isinstance(not_served, list):
        raise SpecError(f"{rel(path)}: {NOT_SERVED} must be a list of {{method, path, reason, evidence}}")
    if not_served:
        doc.setdefault(NOT_SERVED, []).extend(not_served)
    for tag in fragment.get("tags") or []:
        if not isinstance(tag, dict) or "name" not in tag:
            raise SpecError(f"{rel(path)}: every entry of tags needs a name")
        _claim(origin, ("tags", tag["name"]), path)
        doc.setdefault("tags", []).append(tag)
    for url, item in (fragment.get("paths") or {}).items():
        if not isinstance(item, dict):
            raise SpecError(f"{rel(path)}: paths['{url}'] must be a mapping")
        target = doc.setdefault("paths", {}).setdefault(url, {})
        for method, operation in item.items():
            _claim(origin, ("paths", url, method), path)
            target[method] = operation
    for section, entries in (fragment.get("components") or {}).items():
        if not isinstance(entries, dict):
            raise SpecError(f"{rel(path)}: components.{section} must be a mapping")
        target = doc.setdefault("components", {}).setdefault(section, {})
        for name, value in entries.items():
            _claim(origin, ("components", section, name), path)
            target[name] = value


def _claim(origin: dict[tuple[str, ...], Path], key: tuple[str, ...], path: Path) -> None:
    if key in origin:
        where = ".".join(key)
        raise SpecError(f"{rel(path)}: {where} is already defined in {rel(origin[key])}")
    origin[key] = path


def _check_refs(doc: dict[str, Any], origin: dict[tuple[str, ...], Path]) -> None:
    for pointer, ref in _refs(doc, "#"):
        owner = origin.get(tuple(unescape(p) for p in pointer.split("/")[1:4]))
        where = f"{rel(owner)}: {pointer}" if owner else pointer
        if not ref.startswith("#/"):
            raise SpecError(f"{where}: $ref '{ref}' is not local ('#/components/...')")
        try:
            pointer_get(doc, ref)
        except LookupError:
            raise SpecError(f"{where}: $ref '{ref}' resolves to nothing in the bundle") from None


def _refs(node: Any, pointer: str) -> Any:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield pointer, value
            else:
                yield from _refs(value, f"{pointer}/{escape(str(key))}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _refs(value, f"{pointer}/{index}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("api", help="spec folder name under spec/, e.g. enterprise")
    parser.add_argument("output", type=Path)
    parser.add_argument("--only", help="comma-separated resource file stems to bundle alone")
    args = parser.parse_args()
    only = set(args.only.split(",")) if args.only else None
    dump_yaml(bundle(args.api, only), args.output)


if __name__ == "__main__":
    run_main(main)
