"""Every operation with behaviour of its own, and the seeders of each API's data."""

from __future__ import annotations

from typing import Any

from . import catalog, enterprise, lms
from .calls import Handler

HANDLERS: dict[str, Handler] = {**enterprise.HANDLERS, **catalog.HANDLERS, **lms.HANDLERS}
SEEDERS: dict[str, Any] = {"enterprise": enterprise.seed, "catalog": catalog.seed, "lms": lms.seed}
