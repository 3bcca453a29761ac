"""What a handler receives (a validated Call) and returns (a Reply), the error replies it
builds, and how an API package gathers its modules' handlers."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from starlette.datastructures import URL, QueryParams

from .openapi import Operation, Problem
from .state import MockState


@dataclass
class Call:
    """A validated request, as a handler sees it."""

    operation: Operation
    path: dict[str, Any]
    query: dict[str, Any]
    body: Any
    url: URL
    claims: dict[str, Any]
    state: MockState
    declared_query: set[str] = field(default_factory=set)

    @property
    def raw_query(self) -> QueryParams:
        """Every query parameter as sent, declared or not: the platform reads filters the docs
        leave out (a team list's course_id), which the validated `query` does not carry."""
        return QueryParams(self.url.query)

    @property
    def origin(self) -> str:
        """Scheme and host the request came to, for the absolute URLs the platform writes."""
        return f"{self.url.scheme}://{self.url.netloc}"


@dataclass
class Reply:
    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    # A non-JSON media type (text/csv...): the body is then sent as text; a JSON relative
    # (application/...+json): the body is sent as JSON under that media type.
    media_type: str | None = None


Handler = Callable[[Call], Reply]


def error(status: int, detail: str, problems: list[Problem] | None = None) -> Reply:
    body: dict[str, Any] = {"detail": detail}
    if problems:
        body["errors"] = [p.as_json() for p in problems]
    return Reply(status, body)


def not_found(call: Call, detail: str) -> Reply:
    """404 where the operation documents it, else 400: a status the description does not
    declare would itself be a contract failure."""
    return error(status_for(call, 404), detail)


def status_for(call: Call, preferred: int, fallback: int = 400) -> int:
    """`preferred` when the operation declares it, else `fallback`."""
    return preferred if str(preferred) in call.operation.responses else fallback


def collect_handlers(modules: Iterable[ModuleType]) -> dict[str, Handler]:
    """The `HANDLERS` of an API's modules, merged; an operation claimed twice is a mistake."""
    handlers: dict[str, Handler] = {}
    for module in modules:
        clash = handlers.keys() & module.HANDLERS.keys()
        if clash:
            raise RuntimeError(f"{module.__name__} redefines handlers {sorted(clash)}")
        handlers.update(module.HANDLERS)
    return handlers
