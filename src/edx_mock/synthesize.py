"""The smallest instance of a schema, for operations whose docs give a schema but no example."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

FORMAT_VALUES = {
    "date-time": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "time": "00:00:00Z",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "uri": "https://example.org/",
    "uri-reference": "https://example.org/",
    "url": "https://example.org/",
    "email": "learner@example.com",
}
MAX_DEPTH = 12


def instance(schema: Any, resolve: Callable[[Any], Any], depth: int = 0) -> Any:
    """A value valid against `schema`: required properties only, empty arrays, first choices."""
    schema = resolve(schema)
    if not isinstance(schema, dict) or depth > MAX_DEPTH:
        return None
    for key in ("const", "default"):
        if key in schema:
            return schema[key]
    if schema.get("enum"):
        return next((v for v in schema["enum"] if v is not None), schema["enum"][0])
    if schema.get("examples"):
        return schema["examples"][0]
    if "allOf" in schema:
        return _object(_flatten(schema, resolve), resolve, depth)
    for key in ("anyOf", "oneOf"):
        if key in schema:
            members = [resolve(m) for m in schema[key]]
            chosen = next((m for m in members if m.get("type") != "null"), members[0])
            return instance(chosen, resolve, depth + 1)
    kinds = schema.get("type", "object" if "properties" in schema else None)
    kinds = [kinds] if isinstance(kinds, str) or kinds is None else kinds
    kind = next((k for k in kinds if k != "null"), kinds[0] if kinds else None)
    return _scalar_or_container(kind, schema, resolve, depth)


def _scalar_or_container(kind: str | None, schema: dict[str, Any], resolve: Callable[[Any], Any],
                         depth: int) -> Any:
    if kind == "object":
        return _object(schema, resolve, depth)
    if kind == "array":
        item = instance(schema.get("items", {}), resolve, depth + 1)
        return [item] * int(schema.get("minItems", 0))
    if kind == "string":
        value = FORMAT_VALUES.get(schema.get("format", ""), "string")
        return value.ljust(int(schema.get("minLength", 0)), "x")
    if kind == "integer":
        return int(schema.get("minimum", 0))
    if kind == "number":
        return float(schema.get("minimum", 0))
    if kind == "boolean":
        return False
    if kind == "null":
        return None
    return {}


def _object(schema: dict[str, Any], resolve: Callable[[Any], Any], depth: int) -> dict[str, Any]:
    properties = schema.get("properties") or {}
    return {name: instance(properties.get(name, {}), resolve, depth + 1)
            for name in schema.get("required", []) if name in properties}


def _flatten(schema: dict[str, Any], resolve: Callable[[Any], Any]) -> dict[str, Any]:
    """One object schema from an allOf: later members' properties refine earlier ones, the way
    a Paginated<Item>List types the `results` its envelope leaves open."""
    properties: dict[str, Any] = {}
    required: list[str] = []
    for member in [*(resolve(m) for m in schema["allOf"]), schema]:
        member = _flatten(member, resolve) if "allOf" in member and member is not schema else member
        properties.update(member.get("properties") or {})
        required += [name for name in member.get("required", []) if name not in required]
    return {"type": "object", "properties": properties, "required": required}
