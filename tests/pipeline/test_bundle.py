"""scripts/bundle.py: merging a spec folder, and the errors a malformed one gets."""

from __future__ import annotations

from pathlib import Path

import pytest

import bundle
from specio import SpecError, load_yaml

ROOT_YAML = """
openapi: 3.1.0
info: {title: t, version: "1"}
servers: [{url: https://example.org}]
paths: {}
"""


@pytest.fixture
def spec_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "spec" / "common").mkdir(parents=True)
    (tmp_path / "spec" / "common" / "components.yaml").write_text(
        "components:\n  schemas:\n    Shared: {type: string}\n")
    (tmp_path / "spec" / "demo").mkdir()
    (tmp_path / "spec" / "demo" / "api.yaml").write_text(ROOT_YAML)
    monkeypatch.setattr(bundle, "ROOT", tmp_path)
    return tmp_path / "spec" / "demo"


def write(folder: Path, name: str, text: str) -> None:
    (folder / name).write_text(text)


def test_merges_resource_files_and_common_components(spec_root: Path) -> None:
    write(spec_root, "b.yaml", "paths:\n  /b:\n    get: {operationId: b}\n"
          "components:\n  schemas:\n    B: {$ref: '#/components/schemas/Shared'}\n")
    write(spec_root, "a.yaml", "paths:\n  /a:\n    get: {operationId: a}\n")
    doc = bundle.bundle("demo")
    assert list(doc["paths"]) == ["/a", "/b"]
    assert set(doc["components"]["schemas"]) == {"B", "Shared"}
    assert list(doc)[:2] == ["openapi", "info"]


def test_two_files_may_add_different_methods_to_one_path(spec_root: Path) -> None:
    write(spec_root, "a.yaml", "paths:\n  /x:\n    get: {operationId: a}\n")
    write(spec_root, "b.yaml", "paths:\n  /x:\n    post: {operationId: b}\n")
    assert set(bundle.bundle("demo")["paths"]["/x"]) == {"get", "post"}


def test_duplicate_component_names_both_files(spec_root: Path) -> None:
    write(spec_root, "a.yaml", "components:\n  schemas:\n    Shared: {type: integer}\n")
    with pytest.raises(SpecError, match=r"spec/demo/a.yaml: components.schemas.Shared is already "
                                        r"defined in .*spec/common/components.yaml"):
        bundle.bundle("demo")


def test_duplicate_operation_is_an_error(spec_root: Path) -> None:
    write(spec_root, "a.yaml", "paths:\n  /x:\n    get: {operationId: a}\n")
    write(spec_root, "b.yaml", "paths:\n  /x:\n    get: {operationId: b}\n")
    with pytest.raises(SpecError, match=r"b.yaml: paths./x.get is already defined in .*a.yaml"):
        bundle.bundle("demo")


def test_dangling_ref_names_the_file_and_place(spec_root: Path) -> None:
    write(spec_root, "a.yaml", "components:\n  schemas:\n    A:\n      properties:\n"
          "        b: {$ref: '#/components/schemas/Nope'}\n")
    with pytest.raises(SpecError, match=r"spec/demo/a.yaml: #/components/schemas/A/properties/b: "
                                        r"\$ref '#/components/schemas/Nope' resolves to nothing"):
        bundle.bundle("demo")


def test_external_ref_is_rejected(spec_root: Path) -> None:
    write(spec_root, "a.yaml", "components:\n  schemas:\n    A: {$ref: 'other.yaml#/X'}\n")
    with pytest.raises(SpecError, match="is not local"):
        bundle.bundle("demo")


def test_unknown_top_level_key_in_a_resource_file(spec_root: Path) -> None:
    write(spec_root, "a.yaml", "info: {title: x}\n")
    with pytest.raises(SpecError, match=r"a.yaml: top-level key\(s\) \['info'\] not allowed"):
        bundle.bundle("demo")


def test_yaml_syntax_error_names_file_line_and_column(spec_root: Path) -> None:
    write(spec_root, "a.yaml", "paths:\n  /a:\n    get: {operationId: [unclosed\n")
    with pytest.raises(SpecError, match=r"spec/demo/a.yaml:\d+:\d+: "):
        bundle.bundle("demo")


def test_duplicate_yaml_key_is_an_error_not_a_silent_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "dup.yaml"
    path.write_text("a: 1\nb: 2\na: 3\n")
    with pytest.raises(SpecError, match=r"dup.yaml:3:1: duplicate key 'a'"):
        load_yaml(path)


def test_missing_api_root(spec_root: Path) -> None:
    (spec_root / "api.yaml").unlink()
    with pytest.raises(SpecError, match="no api.yaml"):
        bundle.bundle("demo")


def test_resource_files_declare_their_own_tags(spec_root: Path) -> None:
    write(spec_root, "b.yaml", "tags: [{name: bees, description: b}]\n")
    write(spec_root, "a.yaml", "tags: [{name: ants, description: a}]\n")
    assert [t["name"] for t in bundle.bundle("demo")["tags"]] == ["ants", "bees"]


def test_a_tag_declared_twice_is_an_error(spec_root: Path) -> None:
    write(spec_root, "a.yaml", "tags: [{name: ants}]\n")
    write(spec_root, "b.yaml", "tags: [{name: ants}]\n")
    with pytest.raises(SpecError, match=r"b.yaml: tags.ants is already defined in .*a.yaml"):
        bundle.bundle("demo")


def test_only_bundles_the_named_resource_files(spec_root: Path) -> None:
    write(spec_root, "a.yaml", "paths:\n  /a:\n    get: {operationId: a}\n")
    write(spec_root, "b.yaml", "paths:\n  /b:\n    get: {operationId: b}\n")
    assert list(bundle.bundle("demo", only={"b"})["paths"]) == ["/b"]
    with pytest.raises(SpecError, match=r"no resource file\(s\) named \['c'\]"):
        bundle.bundle("demo", only={"c"})


def test_not_served_entries_of_each_group_are_gathered_at_the_root(spec_root: Path) -> None:
    write(spec_root, "b.yaml", "paths: {}\nx-not-served:\n"
          "  - {method: put, path: /b, reason: r, evidence: [e]}\n")
    write(spec_root, "a.yaml", "paths: {}\nx-not-served:\n"
          "  - {method: patch, path: /a, reason: r, evidence: [e]}\n")
    doc = bundle.bundle("demo")
    assert [e["path"] for e in doc["x-not-served"]] == ["/a", "/b"]
    assert list(doc)[-1] == "x-not-served", "listed after paths and components"


def test_not_served_must_be_a_list(spec_root: Path) -> None:
    write(spec_root, "a.yaml", "paths: {}\nx-not-served: {method: put}\n")
    with pytest.raises(SpecError, match="a.yaml: x-not-served must be a list"):
        bundle.bundle("demo")
