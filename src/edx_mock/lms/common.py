"""Small helpers the LMS resource modules share: course lookups, ids, timestamps, statuses."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from ..calls import Call, Reply, error
from .access import world_of
from .world import Course

# course-v1:{org}+{number}+{run}, and the older {org}/{number}/{run} form.
COURSE_KEY = re.compile(r"course-v1:[\w.-]+\+[\w.-]+\+[\w.-]+|[\w.-]+/[\w.-]+/[\w.-]+")
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
USAGE_KEY = re.compile(r"block-v1:[\w.-]+\+[\w.-]+\+[\w.-]+\+type@[\w-]+\+block@[\w.-]+")


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


def not_found(call: Call, detail: str) -> Reply:
    """404 where the operation documents it, else 400: a status the description does not
    declare would itself be a contract failure."""
    return error(status_for(call, 404), detail)


def status_for(call: Call, preferred: int, fallback: int = 400) -> int:
    """`preferred` when the operation declares it, else `fallback`."""
    return preferred if str(preferred) in call.operation.responses else fallback


def text(value: Any) -> str | None:
    """A non-empty string from a free-form body, or None."""
    return value if isinstance(value, str) and value.strip() else None
