"""The Course Catalog API's seeded state, shared by its resource groups: catalogs and the
courses each one holds."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..calls import Call
from ..state import Examples

EXTRA_CATALOGS = 14
EXTRA_COURSES = 24


@dataclass
class CatalogData:
    catalogs: dict[int, dict[str, Any]]
    courses: dict[int, list[dict[str, Any]]]


def seed(examples: Examples) -> CatalogData:
    """The doc's catalog and course, plus variations of them so that lists have pages."""
    first = examples.response("catalogs_list")["results"][0]
    catalogs = {first["id"]: first}
    for n in range(EXTRA_CATALOGS):
        number = first["id"] + n + 1
        catalogs[number] = {**first, "id": number, "name": f"{first['name']} {number}",
                            "query": f"org:Org{number}", "courses_count": 0}
    course = examples.response("catalogs_courses_list")["results"][0]
    courses: dict[int, list[dict[str, Any]]] = {number: [] for number in catalogs}
    courses[first["id"]] = [course] + [
        {**course, "key": f"{course['key']}{n}", "title": f"{course['title']} {n}"}
        for n in range(2, EXTRA_COURSES + 2)
    ]
    for number, listed in courses.items():
        catalogs[number]["courses_count"] = len(listed)
    return CatalogData(catalogs, courses)


def data(call: Call) -> CatalogData:
    found: CatalogData = call.state.data["catalog"]
    return found

