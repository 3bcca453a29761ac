"""Small helpers the LMS resource modules share: course lookups, keys, timestamps, block URLs."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from ..calls import Call
from .access import world_of
from .world import COURSE_KEY, Block, Course

EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
# Block types that hold other blocks; the rest are leaves (video, html, problem...).
CONTAINERS = ("course", "chapter", "sequential", "vertical")


TIMESTAMP = "%Y-%m-%dT%H:%M:%SZ"  # how the platform writes a moment: ISO 8601, UTC, `Z`


def timestamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(TIMESTAMP)


def now() -> str:
    return timestamp(datetime.now(UTC))


def is_course_key(value: Any) -> bool:
    return isinstance(value, str) and COURSE_KEY.fullmatch(value) is not None


def course_or_none(call: Call, course_id: Any) -> Course | None:
    if not isinstance(course_id, str):
        return None
    return world_of(call).courses.get(course_id)


def text(value: Any) -> str | None:
    """A non-empty string from a free-form body, or None."""
    return value if isinstance(value, str) and value.strip() else None


def lms_web_url(call: Call, course: Course, block: Block) -> str:
    return f"{call.origin}/courses/{course.id}/jump_to/{block.id}"
