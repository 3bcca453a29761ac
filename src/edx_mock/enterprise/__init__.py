"""Enterprise API behaviour: one module per resource group of spec/enterprise/, sharing the
seeded state of store.py (subscription plans and their licenses, learner summaries, bulk
enrollment jobs, enterprise catalogs), seeded from the docs' examples.

Each module exposes `HANDLERS` (operationId -> handler). Operations without a handler answer
their documented example (edx_mock.app.example_handler).
"""

from __future__ import annotations

from types import ModuleType

from ..calls import Handler, collect_handlers
from . import bulk_license_enrollment, enterprise_catalogs, learner_summary, licenses, subscriptions
from .access import holds
from .store import seed

MODULES: tuple[ModuleType, ...] = (
    bulk_license_enrollment, enterprise_catalogs, learner_summary, licenses, subscriptions,
)
HANDLERS: dict[str, Handler] = collect_handlers(MODULES)

__all__ = ["HANDLERS", "MODULES", "holds", "seed"]
