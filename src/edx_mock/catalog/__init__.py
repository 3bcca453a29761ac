"""Course Catalog API behaviour: one module per resource group of spec/catalog/, sharing the
catalogs and their courses of store.py, seeded from the doc's examples.

Each module exposes `HANDLERS` (operationId -> handler). Operations without a handler answer
their documented example (edx_mock.app.example_handler).
"""

from __future__ import annotations

from types import ModuleType

from ..calls import Handler, collect_handlers
from . import catalog_courses, catalogs
from .store import seed

MODULES: tuple[ModuleType, ...] = (catalog_courses, catalogs)
HANDLERS: dict[str, Handler] = collect_handlers(MODULES)

__all__ = ["HANDLERS", "MODULES", "seed"]
