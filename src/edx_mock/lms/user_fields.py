"""The account fields a merge patch may change, and how each value is checked (for user.py).

Each checker answers (problem, cleaned value); the limits and choices are the platform's
(openedx UserProfile and the account serializers).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from zoneinfo import available_timezones

from .common import EMAIL
from .world import User, World

PRIVACY = ("private", "all_users", "custom")
GENDERS = ("m", "f", "o")
EDUCATION = ("p", "m", "b", "a", "hs", "jhs", "el", "none", "o")
SOCIAL_PLATFORMS = ("facebook", "x", "linkedin")
COUNTRY = re.compile(r"[A-Z]{2}")

Checked = tuple[str | None, Any]
Checker = Callable[[World, User, Any], Checked]


def _text(limit: int, nullable: bool = True) -> Checker:
    def check(world: World, user: User, value: Any) -> Checked:
        if value is None and nullable:
            return None, None
        if not isinstance(value, str) or (not nullable and not value.strip()):
            return "Must be a string" + ("" if nullable else " that is not empty") + ".", None
        if len(value) > limit:
            return f"Must be at most {limit} characters.", None
        return None, value
    return check


def _choice(options: tuple[str, ...]) -> Checker:
    def check(world: World, user: User, value: Any) -> Checked:
        if value is None or value == "":
            return None, None
        if value not in options:
            return f"Must be one of {', '.join(options)}.", None
        return None, value
    return check


def _country(world: World, user: User, value: Any) -> Checked:
    if value is None or value == "":
        return None, None
    if not isinstance(value, str) or not COUNTRY.fullmatch(value):
        return "Must be an ISO 3166 two-letter country code.", None
    return None, value


def _year(world: World, user: User, value: Any) -> Checked:
    if value is None:
        return None, None
    this_year = datetime.now(UTC).year
    if isinstance(value, bool) or not isinstance(value, int) or not 1900 <= value <= this_year:
        return f"Must be a year between 1900 and {this_year}.", None
    return None, value


_ZONES: set[str] = set()


def zones() -> set[str]:
    if not _ZONES:
        _ZONES.update(available_timezones())
    return _ZONES


def _email(world: World, user: User, value: Any) -> Checked:
    if not isinstance(value, str) or not EMAIL.fullmatch(value) or len(value) > 254:
        return "Must be a valid email address.", None
    if any(u.email.lower() == value.lower() for u in world.users.values() if u is not user):
        return "This email address is already in use.", None
    return None, value


def _secondary_email(world: World, user: User, value: Any) -> Checked:
    if value is None:
        return None, None
    if isinstance(value, str) and value.lower() == user.email.lower():
        return "Must differ from the primary email address.", None
    return _email(world, user, value)


def _unique_platforms(items: list[dict[str, str]]) -> str | None:
    platforms = [item["platform"] for item in items]
    if len(platforms) != len(set(platforms)):
        return "Each platform may be listed once."
    return _known_platforms(items)


def _items(keys: tuple[str, ...],
           check_item: Callable[[list[dict[str, str]]], str | None] | None = None) -> Checker:
    """A list of objects with string members `keys`; null clears the list."""
    def check(world: World, user: User, value: Any) -> Checked:
        if value is None:
            return None, []
        if not isinstance(value, list) or not all(
                isinstance(item, dict) and all(isinstance(item.get(k), str) for k in keys)
                for item in value):
            return f"Must be a list of objects with {', '.join(keys)}.", None
        cleaned = [{k: item[k] for k in keys} for item in value]
        problem = check_item(cleaned) if check_item else None
        return (problem, None) if problem else (None, cleaned)
    return check


def _unique_codes(items: list[dict[str, str]]) -> str | None:
    codes = [item["code"] for item in items]
    return "Each language may be listed once." if len(codes) != len(set(codes)) else None


def _known_platforms(items: list[dict[str, str]]) -> str | None:
    unknown = [i["platform"] for i in items if i["platform"] not in SOCIAL_PLATFORMS]
    return f"Unsupported platform: {unknown[0]}." if unknown else None


VALIDATORS: dict[str, Checker] = {
    "name": _text(255, nullable=False), "email": _email, "secondary_email": _secondary_email,
    "bio": _text(300), "state": _text(255), "city": _text(255), "goals": _text(5000),
    "mailing_address": _text(5000), "phone_number": _text(50),
    "country": _country, "gender": _choice(GENDERS),
    "level_of_education": _choice(EDUCATION), "year_of_birth": _year,
    "account_privacy": _choice(PRIVACY),
    "language_proficiencies": _items(("code",), _unique_codes),
    "social_links": _items(("platform", "social_link"), _unique_platforms),
    "extended_profile": _items(("field_name", "field_value")),
}
