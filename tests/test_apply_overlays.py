"""Overlay 1.0 semantics of scripts/apply_overlays.py, edge cases included."""

from __future__ import annotations

from typing import Any

import pytest

from apply_overlays import OverlayError, apply_overlay


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
