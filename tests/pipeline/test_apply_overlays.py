"""scripts/apply_overlays.py: Overlay 1.0 semantics with edge cases, and an API's overlay folder
(one file beside each spec file, checked before anything is applied)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from apply_overlays import Overlay, OverlayError, apply_overlay, apply_overlays, load_folder


def overlay(*actions: dict[str, Any]) -> dict[str, Any]:
    return {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": list(actions)}


def doc() -> dict[str, Any]:
    return {
        "paths": {
            "/a": {"get": {"parameters": [
                {"name": "page", "in": "query", "schema": {"type": "string"}},
                {"name": "size", "in": "query", "schema": {"type": "integer"}},
            ]}},
        },
        "components": {"schemas": {"X": {"type": "object", "required": ["a"],
                                         "properties": {"a": {"type": "string"}}}}},
    }


def test_update_merges_objects_recursively_and_replaces_scalars() -> None:
    result = apply_overlay(doc(), overlay({
        "target": "$.components.schemas.X",
        "update": {"description": "d", "properties": {"a": {"type": "integer"}, "b": {}}},
    }))
    x = result["components"]["schemas"]["X"]
    assert x["description"] == "d"
    assert x["properties"] == {"a": {"type": "integer"}, "b": {}}
    assert x["required"] == ["a"]


def test_update_on_an_array_appends_one_element() -> None:
    result = apply_overlay(doc(), overlay({
        "target": "$.components.schemas.X.required", "update": "b",
    }))
    assert result["components"]["schemas"]["X"]["required"] == ["a", "b"]


def test_update_targeting_array_elements_merges_into_each_element() -> None:
    result = apply_overlay(doc(), overlay({
        "target": "$.paths['/a'].get.parameters[*].schema", "update": {"minimum": 1},
    }))
    params = result["paths"]["/a"]["get"]["parameters"]
    assert [p["schema"]["minimum"] for p in params] == [1, 1]
    assert params[0]["name"] == "page"


def test_filter_expression_selects_only_matching_elements() -> None:
    result = apply_overlay(doc(), overlay({
        "target": "$.paths['/a'].get.parameters[?@.name == 'page']",
        "update": {"schema": {"format": "int32"}},
    }))
    params = result["paths"]["/a"]["get"]["parameters"]
    assert params[0]["schema"] == {"type": "string", "format": "int32"}
    assert params[1]["schema"] == {"type": "integer"}


def test_remove_true_removes_every_match_including_array_elements() -> None:
    result = apply_overlay(doc(), overlay(
        {"target": "$.paths['/a'].get.parameters[?@.in == 'query']", "remove": True},
    ))
    assert result["paths"]["/a"]["get"]["parameters"] == []


def test_remove_false_is_not_a_removal() -> None:
    result = apply_overlay(doc(), overlay(
        {"target": "$.components.schemas.X", "remove": False, "update": {"title": "kept"}},
    ))
    assert result["components"]["schemas"]["X"]["title"] == "kept"


def test_remove_false_without_update_is_rejected() -> None:
    with pytest.raises(OverlayError, match=r"actions\[0\].*neither updates nor removes"):
        apply_overlay(doc(), overlay({"target": "$.components", "remove": False}))


def test_an_action_that_matches_nothing_fails_and_names_the_action() -> None:
    with pytest.raises(OverlayError, match=r"my.overlay.yaml: actions\[1\]: target .* matches nothing"):
        apply_overlay(doc(), overlay(
            {"target": "$.components.schemas.X", "update": {"title": "t"}},
            {"target": "$.components.schemas.Missing", "update": {"title": "t"}},
        ), "my.overlay.yaml")


def test_invalid_jsonpath_is_reported_with_the_action() -> None:
    with pytest.raises(OverlayError, match=r"actions\[0\]: invalid JSONPath"):
        apply_overlay(doc(), overlay({"target": "$.paths[?", "update": {}}))


def test_update_of_a_scalar_target_is_rejected() -> None:
    with pytest.raises(OverlayError, match="target the parent object"):
        apply_overlay(doc(), overlay(
            {"target": "$.components.schemas.X.type", "update": {"x": 1}},
        ))


def test_the_input_document_is_not_modified() -> None:
    original = doc()
    apply_overlay(original, overlay({"target": "$.components.schemas.X", "remove": True}))
    assert "X" in original["components"]["schemas"]


@pytest.mark.parametrize("bad", [
    {"info": {"title": "t", "version": "1"}, "actions": [{"target": "$", "update": {}}]},
    {"overlay": "2.0.0", "info": {"title": "t", "version": "1"}, "actions": []},
    {"overlay": "1.0.0", "info": {"title": "t"}, "actions": [{"target": "$", "update": {}}]},
    {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": []},
    {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": [{"update": {}}]},
    {"overlay": "1.0.0", "info": {"title": "t", "version": "1"},
     "actions": [{"target": "$", "remove": "yes"}]},
])
def test_malformed_overlays_are_rejected(bad: dict[str, Any]) -> None:
    with pytest.raises(OverlayError):
        apply_overlay(doc(), bad)


# --- an API's overlay folder: one file beside each spec file, checked before anything applies --

CITED = "a-doc.txt §1 Fields: the doc says x. Evidence: its example says y."


def write_api(tmp_path: Path, overlays: dict[str, list[dict[str, Any]]]) -> tuple[Path, Path]:
    """spec/tiny/{api,things,widgets}.yaml and overlays/tiny/<group>.overlay.yaml."""
    spec, folder = tmp_path / "spec" / "tiny", tmp_path / "overlays" / "tiny"
    spec.mkdir(parents=True)
    folder.mkdir(parents=True)
    (spec / "api.yaml").write_text(yaml.safe_dump({"openapi": "3.1.0", "info": {}, "paths": {}}))
    (spec / "things.yaml").write_text(yaml.safe_dump({
        "paths": {"/things": {"get": {}}}, "components": {"schemas": {"Thing": {}}}}))
    (spec / "widgets.yaml").write_text(yaml.safe_dump({"paths": {"/widgets": {"get": {}}}}))
    for group, actions in overlays.items():
        (folder / f"{group}.overlay.yaml").write_text(yaml.safe_dump(overlay(*actions)))
    return tmp_path / "spec", tmp_path / "overlays"


def bundled() -> dict[str, Any]:
    return {"openapi": "3.1.0", "info": {}, "paths": {"/things": {"get": {}}, "/widgets": {"get": {}}},
            "components": {"schemas": {"Thing": {}}}}


def load(tmp_path: Path, overlays: dict[str, list[dict[str, Any]]],
         only: set[str] | None = None) -> list[Overlay]:
    spec_root, overlay_root = write_api(tmp_path, overlays)
    return load_folder("tiny", only, spec_root, overlay_root, docs=["a-doc.txt"])


def test_an_overlay_corrects_what_its_spec_file_defines(tmp_path: Path) -> None:
    overlays = load(tmp_path, {"things": [
        {"target": "$.paths['/things'].get", "description": CITED, "update": {"summary": "s"}},
        {"target": "$.components.schemas.Thing", "description": CITED, "update": {"title": "T"}},
    ]})
    result = apply_overlays(bundled(), overlays)
    assert result["paths"]["/things"]["get"] == {"summary": "s"}
    assert result["components"]["schemas"]["Thing"] == {"title": "T"}


def test_an_action_that_reaches_another_files_part_names_where_it_belongs(tmp_path: Path) -> None:
    overlays = load(tmp_path, {"things": [
        {"target": "$.paths['/widgets'].get", "description": CITED, "update": {"summary": "s"}},
    ]})
    with pytest.raises(OverlayError, match=r"things.overlay.yaml: actions\[0\].*reaches "
                                           r"paths./widgets.*move the action"):
        apply_overlays(bundled(), overlays)


def test_entries_an_overlay_adds_are_its_own_and_come_out_sorted(tmp_path: Path) -> None:
    overlays = load(tmp_path, {"widgets": [
        {"target": "$.paths", "description": CITED, "update": {"/a-widget": {"get": {}}}},
        {"target": "$.paths['/a-widget'].get", "description": CITED, "update": {"summary": "new"}},
        {"target": "$.components.schemas", "description": CITED, "update": {"Widget": {}}},
    ]})
    result = apply_overlays(bundled(), overlays)
    assert list(result["paths"]) == ["/a-widget", "/things", "/widgets"]
    assert result["paths"]["/a-widget"]["get"] == {"summary": "new"}
    assert list(result["components"]["schemas"]) == ["Thing", "Widget"]


def test_a_section_update_may_not_change_another_files_entry(tmp_path: Path) -> None:
    overlays = load(tmp_path, {"widgets": [
        {"target": "$.components.schemas", "description": CITED, "update": {"Thing": {"title": "x"}}},
    ]})
    with pytest.raises(OverlayError, match="components.schemas.Thing, which the spec file beside"):
        apply_overlays(bundled(), overlays)


def test_the_result_does_not_depend_on_the_order_of_the_files(tmp_path: Path) -> None:
    overlays = load(tmp_path, {
        "things": [{"target": "$.components.schemas", "description": CITED, "update": {"B": {}}}],
        "widgets": [{"target": "$.components.schemas", "description": CITED, "update": {"A": {}}}],
    })
    forward = apply_overlays(bundled(), overlays)
    backward = apply_overlays(bundled(), list(reversed(overlays)))
    assert yaml.safe_dump(forward, sort_keys=False) == yaml.safe_dump(backward, sort_keys=False)


def test_only_applies_the_corrections_of_the_groups_asked_for(tmp_path: Path) -> None:
    overlays = load(tmp_path, {
        "things": [{"target": "$.paths['/things'].get", "description": CITED, "update": {"summary": "t"}}],
        "widgets": [{"target": "$.paths['/widgets'].get", "description": CITED, "update": {"summary": "w"}}],
    }, only={"widgets"})
    assert [o.source.rsplit("/", 1)[-1] for o in overlays] == ["widgets.overlay.yaml"]


def test_an_overlay_without_its_spec_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(OverlayError, match=r"gadgets.overlay.yaml: corrects .*gadgets.yaml, which does not"):
        load(tmp_path, {"gadgets": [{"target": "$", "description": CITED, "update": {}}]})


def test_every_action_must_cite_one_of_the_apis_docs_and_its_evidence(tmp_path: Path) -> None:
    no_doc = {"target": "$", "description": "The field is wrong. Evidence: example.", "update": {}}
    other_doc = {"target": "$", "description": "lms-api.txt §1: x. Evidence: y.", "update": {}}
    no_evidence = {"target": "$", "description": "a-doc.txt §3.3.4: the field is wrong.", "update": {}}
    with pytest.raises(OverlayError) as raised:
        load(tmp_path, {"things": [no_doc, other_doc, no_evidence]})
    message = str(raised.value)
    assert "actions[0] ($): the description must start with the doc" in message
    assert "actions[1] ($): the description must start with the doc" in message
    assert "actions[2] ($): the description must say 'Evidence:'" in message
