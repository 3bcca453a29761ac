"""Course Catalog API behaviour: catalogs and their courses, seeded from the doc's examples."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .calls import Call, Reply, error
from .pagination import paginate
from .state import Examples

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
    course = examples.response("catalog_courses_list")["results"][0]
    courses: dict[int, list[dict[str, Any]]] = {number: [] for number in catalogs}
    courses[first["id"]] = [course] + [
        {**course, "key": f"{course['key']}{n}", "title": f"{course['title']} {n}"}
        for n in range(2, EXTRA_COURSES + 2)
    ]
    for number, listed in courses.items():
        catalogs[number]["courses_count"] = len(listed)
    return CatalogData(catalogs, courses)


def _data(call: Call) -> CatalogData:
    data: CatalogData = call.state.data["catalog"]
    return data


def catalogs_list(call: Call) -> Reply:
    catalogs = list(_data(call).catalogs.values())
    return Reply(200, paginate(catalogs, call.url, call.query, call.declared_query))


def catalogs_retrieve(call: Call) -> Reply:
    catalog = _data(call).catalogs.get(call.path["id"])
    return Reply(200, catalog) if catalog else error(404, "No catalog has this id.")


def catalog_courses_list(call: Call) -> Reply:
    courses = _data(call).courses.get(call.path["id"])
    if courses is None:
        return error(404, "No catalog has this id.")
    return Reply(200, paginate(courses, call.url, call.query, call.declared_query))


HANDLERS = {
    "catalogs_list": catalogs_list,
    "catalogs_retrieve": catalogs_retrieve,
    "catalog_courses_list": catalog_courses_list,
}
