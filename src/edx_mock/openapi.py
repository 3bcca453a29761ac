"""The bundled descriptions as the mock sees them: operations, routing and request validation."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jsonschema
import referencing
import referencing.jsonschema
import yaml

from edx_openapi.reader import deref, escape, operation_parameters, operations

from .inputs import strict_int

FORMAT_CHECKER = jsonschema.Draft202012Validator.FORMAT_CHECKER


@dataclass(frozen=True)
class Problem:
    """One rejected input; serialised as an ErrorItem of the descriptions."""

    location: str
    name: str
    message: str

    def as_json(self) -> dict[str, str]:
        return {"location": self.location, "name": self.name, "message": self.message}


@dataclass
class Parameter:
    name: str
    location: str
    required: bool
    schema: dict[str, Any]
    validator: jsonschema.protocols.Validator
    # Whether array values come as repeated parameters (form style) or comma-separated.
    explode: bool = True


@dataclass
class Operation:
    """One operation of one API, with everything needed to route and validate a request."""

    api: str
    method: str
    template: str
    operation_id: str
    spec: dict[str, Any]
    parameters: list[Parameter]
    body_required: bool
    body_validators: dict[str, jsonschema.protocols.Validator]
    body_schemas: dict[str, Any]
    security: list[dict[str, list[str]]]
    responses: dict[str, dict[str, Any]]
    resolve: Callable[[Any], Any]
    pattern: re.Pattern[str] = field(init=False)
    path_names: list[str] = field(init=False)

    def __post_init__(self) -> None:
        self.pattern, self.path_names = compile_template(self.template)

    def success(self) -> tuple[int, str | None, dict[str, Any] | None]:
        """The first 2xx status of the operation, and its media type (JSON preferred) and object."""
        for status, response in self.responses.items():
            if status.startswith("2") and status[1:].isdigit():
                content = response.get("content") or {}
                media_type = next((t for t in content if is_json(t)), next(iter(content), None))
                return int(status), media_type, content.get(media_type) if media_type else None
        return 200, None, None


def is_json(media_type: str) -> bool:
    """application/json and its structured-syntax relatives (application/merge-patch+json, ...)."""
    media_type = media_type.split(";")[0].strip().lower()
    return media_type == "application/json" or media_type.endswith("+json")


FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


def compile_template(template: str) -> tuple[re.Pattern[str], list[str]]:
    """A regex for a path template; parameters may share a segment (`{username},{usage_id}`)."""
    names: list[str] = []
    regex = ""
    for literal, name in re.findall(r"([^{]*)(?:\{([^}]+)\})?", template):
        regex += re.escape(literal)
        if name:
            regex += f"(?P<p{len(names)}>[^/]+?)"
            names.append(name)
    return re.compile(f"^{regex}$"), names


class Api:
    """One bundled description: its operations, served under the path of its first server."""

    def __init__(self, name: str, document: dict[str, Any]) -> None:
        self.name = name
        self.document = document
        self.prefix = urlsplit(document["servers"][0]["url"]).path.rstrip("/")
        uri = f"urn:edx-mock:{name}"
        resource = referencing.Resource.from_contents(document, referencing.jsonschema.DRAFT202012)
        self._registry: referencing.Registry[Any] = referencing.Registry().with_resource(uri, resource)
        self._uri = uri
        self.operations = list(self._operations())

    def validator(self, pointer: str) -> jsonschema.protocols.Validator:
        return jsonschema.Draft202012Validator(
            {"$ref": f"{self._uri}#{pointer}"}, registry=self._registry, format_checker=FORMAT_CHECKER
        )

    def resolve(self, node: Any) -> Any:
        return deref(self.document, node)

    def _operations(self) -> Iterator[Operation]:
        root_security = self.document.get("security", [])
        for template, method, op in operations(self.document):
            pointer = f"/paths/{escape(template)}/{method}"
            raw_body = op.get("requestBody") or {}
            body_pointer = (
                raw_body["$ref"][1:] if "$ref" in raw_body else f"{pointer}/requestBody"
            )
            body = self.resolve(raw_body)
            yield Operation(
                api=self.name,
                method=method.upper(),
                template=self.prefix + template,
                operation_id=op["operationId"],
                spec=op,
                parameters=self._parameters(template, method),
                body_required=bool(body.get("required")),
                body_validators={
                    media: self.validator(
                        f"{body_pointer}/content/{escape(media)}/schema"
                    )
                    for media in (body.get("content") or {})
                },
                body_schemas={media: content.get("schema", {})
                              for media, content in (body.get("content") or {}).items()},
                security=op.get("security", root_security),
                responses={str(status): self.resolve(response)
                           for status, response in (op.get("responses") or {}).items()},
                resolve=self.resolve,
            )

    def _parameters(self, template: str, method: str) -> list[Parameter]:
        parameters = []
        for found in operation_parameters(self.document, template, method):
            spec = found.spec
            style = spec.get("style", "form" if spec["in"] in ("query", "cookie") else "simple")
            parameters.append(Parameter(
                name=spec["name"],
                location=spec["in"],
                required=bool(spec.get("required")),
                schema=self.resolve(spec.get("schema") or {}),
                validator=self.validator(f"{found.pointer.removeprefix('#')}/schema"),
                explode=bool(spec.get("explode", style == "form")),
            ))
        return parameters


def load_api(name: str, path: Path) -> Api:
    with path.open(encoding="utf-8") as handle:
        return Api(name, yaml.safe_load(handle))


def coerce(raw: str | list[str], schema: Mapping[str, Any], explode: bool = True) -> Any:
    """Turn the string(s) of a path, query or header parameter into the type its schema names.

    A value that cannot be converted is returned unchanged, so that schema validation reports
    it with the schema's own words ("'abc' is not of type 'integer'").
    """
    types = schema.get("type", [])
    types = [types] if isinstance(types, str) else list(types)
    if "array" in types:
        values = raw if isinstance(raw, list) else [raw]
        if not explode:
            values = [part for value in values for part in value.split(",")]
        if values == [""]:
            return []  # `name=` is how an empty array is sent in a query string
        return [coerce(v, schema.get("items") or {}) for v in values]
    value = raw[-1] if isinstance(raw, list) else raw
    if "null" in types and value == "":
        return None
    for kind in types:
        if kind == "integer" and (number := strict_int(value)) is not None:
            return number
        if kind == "number":
            try:
                return float(value)
            except ValueError:
                continue
        if kind == "boolean" and value in ("true", "false", "True", "False"):
            return value.lower() == "true"
    return value


def validate(validator: jsonschema.protocols.Validator, value: Any, location: str,
             name: str) -> list[Problem]:
    problems = []
    for error in validator.iter_errors(value):
        inner = "/".join(str(p) for p in error.absolute_path)
        where = f"{name}/{inner}" if inner else name
        problems.append(Problem(location, where, error.message[:500]))
    return problems
