"""scripts/lint_descriptions.py: what users read describes the call; curation stays beside it."""

from __future__ import annotations

from typing import Any

from lint_descriptions import description_rules
from specio import ROOT, apis, load_yaml


def doc_with(operation: dict[str, Any]) -> dict[str, Any]:
    return {"paths": {"/things/{id}": {"get": {"operationId": "things_retrieve", **operation}}}}


def test_curation_notes_may_speak_of_the_doc() -> None:
    operation = {"description": "Returns the thing.",
                 "x-curation-note": "The doc documents no body; typed from the serializer."}
    assert description_rules(doc_with(operation)) == []


def test_a_description_that_speaks_of_the_doc_is_reported_with_its_place() -> None:
    operation = {
        "description": "Returns the thing. The doc documents no body.",
        "parameters": [{"name": "id", "in": "path", "description": "The docs call it a key."}],
        "responses": {"200": {"description": "In the platform's source, a list."}},
    }
    problems = description_rules(doc_with(operation))
    assert [p.split(":")[0] for p in problems] == [
        "#/paths/~1things~1{id}/get/description",
        "#/paths/~1things~1{id}/get/parameters/0/description",
        "#/paths/~1things~1{id}/get/responses/200/description",
    ]


def test_the_published_descriptions_follow_the_rule() -> None:
    for api in apis():
        doc = load_yaml(ROOT / "generated" / "openapi" / f"{api}.openapi.yaml")
        assert description_rules(doc) == [], api


def test_an_operation_or_parameter_without_a_description_is_reported() -> None:
    operation = {"parameters": [{"name": "id", "in": "path"}], "responses": {}}
    assert description_rules(doc_with(operation)) == [
        "#/paths/~1things~1{id}/get: no description",
        "#/paths/~1things~1{id}/get/parameters/0: no description",
    ]


def test_a_schema_or_property_description_that_speaks_of_the_doc_is_reported() -> None:
    doc = {"components": {"schemas": {
        "Thing": {
            "type": "object",
            "description": "A thing. The doc names none of its fields.",
            "x-curation-note": "Typed from the platform's source: the doc may be named here.",
            "properties": {
                "id": {"type": "string", "description": "The thing's id."},
                "a/b": {"type": "array", "items": {"description": "Typed from the doc's example."}},
                "tags": {"type": "object",
                         "additionalProperties": {"description": "In the platform's source, a tag."}},
            },
        },
        "Page": {"allOf": [{"$ref": "#/components/schemas/Thing"},
                           {"type": "object", "properties": {"next": {
                               "$ref": "#/components/schemas/Thing",
                               "description": "The docs call it a cursor."}}}]},
        "Either": {"oneOf": [{"type": "string", "description": "A key."}],
                   "anyOf": [{"type": "integer", "description": "The doc's number."}]},
    }}}
    problems = description_rules(doc)
    assert [p.split(":")[0] for p in problems] == [
        "#/components/schemas/Thing/description",
        "#/components/schemas/Thing/properties/a~1b/items/description",
        "#/components/schemas/Thing/properties/tags/additionalProperties/description",
        "#/components/schemas/Page/allOf/1/properties/next/description",
        "#/components/schemas/Either/anyOf/0/description",
    ]


def test_a_schema_description_of_the_service_passes() -> None:
    doc = {"components": {"schemas": {"Thing": {
        "type": "object", "description": "A thing.",
        "x-curation-note": "The doc names none of its fields.",
        "properties": {"id": {"type": "string", "description": "The thing's id."}}}}}}
    assert description_rules(doc) == []
