"""The fake's package shape: no import cycles, one package per API, and in it one module per
resource group of spec/<api>/ (named after the group's file) besides a few helper modules."""

from __future__ import annotations

import ast
import importlib
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

import edx_mock

PACKAGE = Path(edx_mock.__file__).resolve().parent
SPEC = Path(__file__).resolve().parents[2] / "spec"
APIS = ("lms", "enterprise", "catalog")
# Modules of an API package that are not a resource group: shared state and rules, and the
# handlers of a group too large for one module (discussion comments, team memberships).
HELPERS = {
    "lms": {"access", "common", "world", "user_fields", "discussion_model", "discussion_comments",
            "team_model", "team_membership", "edx_proctoring_model", "edx_proctoring_attempts"},
    "enterprise": {"access", "store"},
    "catalog": {"store"},
}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def top_level(tree: ast.Module) -> Iterator[ast.stmt]:
    """The statements run on import: the module's, and those of its classes and of its `if`,
    `try` and `with` blocks, but not function bodies."""
    pending: list[ast.stmt] = list(tree.body)
    while pending:
        node = pending.pop(0)
        yield node
        if isinstance(node, ast.ClassDef | ast.With):
            pending += node.body
        elif isinstance(node, ast.If):
            pending += node.body + node.orelse
        elif isinstance(node, ast.Try):
            pending += node.body + node.orelse + node.finalbody
            pending += [stmt for handler in node.handlers for stmt in handler.body]


def imported(name: str, nodes: Iterator[ast.AST]) -> set[str]:
    """The edx_mock modules that these statements of module `name` import."""
    package = name if MODULES[name].name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            source = node.module or ""
            if node.level:
                base = package
                for _ in range(node.level - 1):
                    base = base.rpartition(".")[0]
                source = f"{base}.{source}" if source else base
            # `from . import world` imports the submodule; `from .calls import Call`, the module.
            targets = [f"{source}.{a.name}" if f"{source}.{a.name}" in MODULES else source
                       for a in node.names]
        else:
            continue
        for target in targets:
            while target and target not in MODULES:
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


def parse(name: str) -> ast.Module:
    return ast.parse(MODULES[name].read_text(encoding="utf-8"))


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    found: list[list[str]] = []
    state: dict[str, str] = {}  # "open" while on the DFS stack, then "done"

    def visit(node: str, stack: list[str]) -> None:
        state[node] = "open"
        stack = [*stack, node]
        for target in sorted(graph[node]):
            if state.get(target) == "open":
                found.append(stack[stack.index(target):] + [target])
            elif target not in state:
                visit(target, stack)
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            visit(node, [])
    return found


def test_the_module_level_imports_have_no_cycle() -> None:
    graph = {name: imported(name, top_level(parse(name))) for name in MODULES}
    assert graph["edx_mock.lms.team"], "the graph sees imports"
    assert cycles(graph) == []


def test_no_import_inside_a_function_hides_a_cycle() -> None:
    """A deferred import only postpones a cycle (the state once imported the handler registry
    from inside a method)."""
    graph = {name: imported(name, ast.walk(parse(name))) for name in MODULES}
    assert cycles(graph) == []


def test_the_cycle_finder_finds_cycles() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == [["a", "b", "c", "a"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def api_of(name: str) -> str | None:
    parts = name.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in APIS else None


def test_the_core_imports_no_api_package() -> None:
    """The app finds each API's package by name (edx_mock.app.api_package), so adding an API
    changes nothing outside its own package; an API package imports no other API's."""
    for name in MODULES:
        every_import = imported(name, ast.walk(parse(name)))
        assert {api_of(t) for t in every_import} <= {None, api_of(name)}, name


def groups(api: str) -> set[str]:
    return {p.stem.replace("-", "_") for p in (SPEC / api).glob("*.yaml") if p.stem != "api"}


@pytest.mark.parametrize("api", APIS)
def test_every_module_is_a_resource_group_or_a_helper(api: str) -> None:
    modules = {n.rpartition(".")[2] for n in MODULES if n.startswith(f"edx_mock.{api}.")}
    assert HELPERS[api] <= modules, "a helper listed here no longer exists"
    strays = modules - groups(api) - HELPERS[api]
    assert not strays, f"neither a group of spec/{api}/ nor a helper: {sorted(strays)}"


def operations_of(api: str, group: str) -> set[str]:
    path = next(p for p in (SPEC / api).glob("*.yaml") if p.stem.replace("-", "_") == group)
    document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {operation["operationId"] for item in (document.get("paths") or {}).values()
            for operation in item.values()
            if isinstance(operation, dict) and "operationId" in operation}


@pytest.mark.parametrize("api", APIS)
def test_a_group_module_handles_its_own_groups_operations(api: str) -> None:
    package = importlib.import_module(f"edx_mock.{api}")
    assert isinstance(package.HANDLERS, dict) and callable(package.seed)
    for group in sorted(groups(api)):
        if f"edx_mock.{api}.{group}" not in MODULES:
            continue
        module = importlib.import_module(f"edx_mock.{api}.{group}")
        assert set(module.HANDLERS) <= operations_of(api, group), module.__name__
