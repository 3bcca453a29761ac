"""Reading an OpenAPI 3.1 document: JSON pointers and `$ref`s, operations with their
parameters, and every schema, media type and example in it.

One reader for the pipeline's scripts (bundle, lint, report), the tests and the fake edX, so
that all of them agree on what a reference resolves to and which parameters an operation has
(its path item's, overridden by its own: OpenAPI 3.1 §4.8.9, "Parameters").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SUBSCHEMA_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")
SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
SUBSCHEMA_SINGLE = (
    "items", "additionalProperties", "unevaluatedProperties", "not", "if", "then", "else",
    "contains", "propertyNames", "unevaluatedItems",
)


def escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def unescape(part: str) -> str:
    return part.replace("~1", "/").replace("~0", "~")


def pointer_get(doc: Any, pointer: str) -> Any:
    """The node at a JSON pointer (`#/components/schemas/X`, list indices too); LookupError if none."""
    node = doc
    for part in pointer.removeprefix("#").removeprefix("/").split("/"):
        key = unescape(part)
        if isinstance(node, list) and key.isdigit() and int(key) < len(node):
            node = node[int(key)]
        elif isinstance(node, dict) and key in node:
            node = node[key]
        else:
            raise LookupError(pointer)
    return node


def deref(doc: Any, node: Any) -> Any:
    """Follow `$ref`s until a node that is not a reference."""
    while isinstance(node, dict) and "$ref" in node:
        node = pointer_get(doc, node["$ref"])
    return node


def operations(doc: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Every (path, method, operation) of the document."""
    for path, item in doc.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield path, method, item[method]


@dataclass(frozen=True)
class ParameterRef:
    """One parameter of an operation: the resolved object and the JSON pointer where it is
    defined (the component's, for a `$ref`), from which a validator can reach its schema."""

    pointer: str
    spec: dict[str, Any]

    @property
    def key(self) -> tuple[str, str]:
        return self.spec["in"], self.spec["name"]


def operation_parameters(doc: dict[str, Any], path: str, method: str) -> list[ParameterRef]:
    """The parameters of one operation: its path item's, then its own, which replace a path
    item parameter of the same name and location."""
    item = doc["paths"][path]
    owners = ((item, f"#/paths/{escape(path)}"), (item[method], f"#/paths/{escape(path)}/{method}"))
    merged: dict[tuple[str, str], ParameterRef] = {}
    for owner, pointer in owners:
        for index, raw in enumerate(owner.get("parameters") or []):
            local = f"{pointer}/parameters/{index}"
            where = raw["$ref"] if isinstance(raw, dict) and "$ref" in raw else local
            parameter = ParameterRef(where, deref(doc, raw))
            merged[parameter.key] = parameter
    return list(merged.values())


def top_schemas(doc: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """Every place a schema starts: components, parameters, bodies, responses, headers."""
    for name, schema in doc.get("components", {}).get("schemas", {}).items():
        yield f"#/components/schemas/{escape(name)}", schema
    for pointer, media in media_types(doc):
        if "schema" in media:
            yield f"{pointer}/schema", media["schema"]
    for pointer, parameter in parameters(doc):
        if "schema" in parameter:
            yield f"{pointer}/schema", parameter["schema"]


def subschemas(schema: Any, pointer: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """The schema and every schema nested in it, with JSON pointers."""
    if not isinstance(schema, dict):
        return
    yield pointer, schema
    for key in SUBSCHEMA_MAPS:
        for name, sub in (schema.get(key) or {}).items():
            yield from subschemas(sub, f"{pointer}/{key}/{escape(name)}")
    for key in SUBSCHEMA_LISTS:
        for index, sub in enumerate(schema.get(key) or []):
            yield from subschemas(sub, f"{pointer}/{key}/{index}")
    for key in SUBSCHEMA_SINGLE:
        if isinstance(schema.get(key), dict):
            yield from subschemas(schema[key], f"{pointer}/{key}")


def media_types(doc: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every media type object of request bodies and responses, inline or in components."""
    def in_response(response: dict[str, Any], pointer: str) -> Iterator[tuple[str, Any]]:
        for media_type, media in (response.get("content") or {}).items():
            yield f"{pointer}/content/{escape(media_type)}", media

    for path, method, op in operations(doc):
        base = f"#/paths/{escape(path)}/{method}"
        body = op.get("requestBody") or {}
        yield from in_response(body, f"{base}/requestBody")
        for status, response in (op.get("responses") or {}).items():
            yield from in_response(response, f"{base}/responses/{status}")
    components = doc.get("components", {})
    for name, response in (components.get("responses") or {}).items():
        yield from in_response(response, f"#/components/responses/{escape(name)}")
    for name, body in (components.get("requestBodies") or {}).items():
        yield from in_response(body, f"#/components/requestBodies/{escape(name)}")


def parameters(doc: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every inline or component parameter object (refs are skipped: they point at components)."""
    for path, item in doc.get("paths", {}).items():
        for index, parameter in enumerate(item.get("parameters") or []):
            if "$ref" not in parameter:
                yield f"#/paths/{escape(path)}/parameters/{index}", parameter
        for method in HTTP_METHODS:
            for index, parameter in enumerate((item.get(method) or {}).get("parameters") or []):
                if "$ref" not in parameter:
                    yield f"#/paths/{escape(path)}/{method}/parameters/{index}", parameter
    for name, parameter in (doc.get("components", {}).get("parameters") or {}).items():
        yield f"#/components/parameters/{escape(name)}", parameter


def examples(doc: dict[str, Any]) -> Iterator[tuple[str, str, Any]]:
    """Every (pointer to its schema, pointer to the example, value) in media types and parameters."""
    holders = [*media_types(doc), *parameters(doc)]
    for pointer, holder in holders:
        if "schema" not in holder:
            continue
        if "example" in holder:
            yield f"{pointer}/schema", f"{pointer}/example", holder["example"]
        for name, example in (holder.get("examples") or {}).items():
            if isinstance(example, dict) and "value" in example:
                yield f"{pointer}/schema", f"{pointer}/examples/{escape(name)}/value", example["value"]
