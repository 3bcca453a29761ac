"""The mock's in-memory data: seeded from the descriptions' examples, reset on demand."""

from __future__ import annotations

import copy
import pickle
import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from .openapi import Api

# Derived identifiers are UUIDv5 in this namespace, so every run seeds the same data.
SEED_NAMESPACE = uuid.UUID("6f1c1f4e-8a61-4b59-9c51-3f1f0d9e2a10")

Seeder = Callable[["Examples"], Any]


class Examples:
    """The doc examples of the loaded descriptions, looked up by operationId."""

    def __init__(self, apis: list[Api]) -> None:
        self._operations = {op.operation_id: op for api in apis for op in api.operations}

    def has(self, operation_id: str) -> bool:
        return operation_id in self._operations

    def response(self, operation_id: str, name: str | None = None) -> Any:
        """A deep copy of the 2xx example of an operation (the first one, or the one named)."""
        operation = self._operations[operation_id]
        for status, response in operation.responses.items():
            if not status.startswith("2"):
                continue
            for media in (response.get("content") or {}).values():
                # Examples kept only as the doc's broken text (x-doc-text) have no value.
                examples = {k: e for k, e in (media.get("examples") or {}).items() if "value" in e}
                if name is not None and name in examples:
                    return copy.deepcopy(examples[name]["value"])
                if name is None and examples:
                    return copy.deepcopy(next(iter(examples.values()))["value"])
        raise KeyError(f"{operation_id} has no 2xx example named {name or '(any)'}")


def derived_uuid(*parts: object) -> str:
    return str(uuid.uuid5(SEED_NAMESPACE, "/".join(str(p) for p in parts)))


class MockState:
    """One entry per API with seeded data (`state.data['enterprise']`); reset() reseeds.

    `seeders` are the loaded APIs' own (each API package's `seed`): the state knows no API.
    """

    def __init__(self, apis: list[Api], seeders: Mapping[str, Seeder]) -> None:
        self._examples = Examples(apis)
        self._seeders = {api.name: seeders[api.name] for api in apis if api.name in seeders}
        self.data: dict[str, Any] = {}
        self.reset()

    def reset(self) -> None:
        self.data = {name: seed(self._examples) for name, seed in self._seeders.items()}

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """A write either completes or leaves the data as it was: a handler that fails halfway
        (a bug, or input no check foresaw) must not leave a half-made change behind. A pickle
        is the snapshot: taking one costs a fraction of a deep copy, and only a failure reads it."""
        snapshot = pickle.dumps(self.data, protocol=pickle.HIGHEST_PROTOCOL)
        try:
            yield
        except BaseException:
            self.data = pickle.loads(snapshot)  # noqa: S301 - our own bytes, never input
            raise
