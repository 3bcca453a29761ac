"""LMS behaviour: one module per resource group of spec/lms/, all sharing one seeded World.

A module exposes `HANDLERS` (operationId -> handler) and may expose `seed(world)`, whose
result is kept in `world.stores[<module name>]`. Operations without a handler answer their
documented example (edx_mock.app.example_handler).
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

from ..calls import Handler, collect_handlers
from ..state import Examples
from . import (
    bookmarks,
    bulk_enroll,
    ccx,
    certificates,
    cohorts,
    course_home,
    course_modes,
    courses,
    credit,
    discussion,
    edx_proctoring,
    enrollment,
    entitlements,
    grades,
    learning_sequences,
    team,
    user,
)
from .access import holds
from .world import World, seed_world

# Seeded in this order: a seeder sees what earlier ones added (ccx adds a course and its
# coach's enrollment, which grades then scores; certificates grade from those scores).
MODULES: tuple[ModuleType, ...] = (
    user, courses, course_home, learning_sequences, bookmarks, bulk_enroll, ccx, cohorts,
    course_modes, credit, discussion, enrollment, entitlements, grades, certificates, team,
    edx_proctoring,
)
HANDLERS: dict[str, Handler] = collect_handlers(MODULES)
__all__ = ["HANDLERS", "MODULES", "holds", "seed"]


def seed(examples: Examples) -> World:
    world = seed_world()
    for module in MODULES:
        seeder: Any = getattr(module, "seed", None)
        if seeder is not None:
            world.stores[module.__name__.rsplit(".", 1)[-1]] = seeder(world)
    return world
