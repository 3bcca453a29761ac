"""LMS behaviour: one module per resource group, all sharing one seeded World.

A module exposes `HANDLERS` (operationId -> handler) and may expose `seed(world)`, whose
result is kept in `world.stores[<module name>]`. Operations without a handler answer their
documented example (edx_mock.app.example_handler).
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

from ..calls import Handler
from ..state import Examples
from . import (
    accounts,
    blocks,
    bookmarks,
    bulk_enroll,
    ccx,
    cohorts,
    course_modes,
    credit,
    discussion,
    enrollments,
    entitlements,
    grades,
    teams,
)
from .world import World, seed_world

MODULES: tuple[ModuleType, ...] = (
    accounts, blocks, bookmarks, bulk_enroll, ccx, cohorts, course_modes, credit, discussion,
    enrollments, entitlements, grades, teams,
)


def _collect() -> dict[str, Handler]:
    handlers: dict[str, Handler] = {}
    for module in MODULES:
        clash = handlers.keys() & module.HANDLERS.keys()
        if clash:
            raise RuntimeError(f"{module.__name__} redefines handlers {sorted(clash)}")
        handlers.update(module.HANDLERS)
    return handlers


HANDLERS = _collect()


def seed(examples: Examples) -> World:
    world = seed_world()
    for module in MODULES:
        seeder: Any = getattr(module, "seed", None)
        if seeder is not None:
            world.stores[module.__name__.rsplit(".", 1)[-1]] = seeder(world)
    return world
