"""The Course Catalog API's seeded state, shared by its resource groups: catalogs and the
courses each one holds."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..calls import Call
from ..pagination import PageWindow, page_number_envelope, paginate
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
    course = examples.response("catalog_courses_list")["results"][0]
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


# course-discovery's ProxiedPagination: limit/offset paging unless the request names a `page`,
# then page-number paging (`page_size`, 20 by default). Both answer DRF's envelope.
DISCOVERY_PAGE_SIZE = 20


def proxied_page(call: Call, items: Sequence[Any]) -> dict[str, Any]:
    page = call.query.get("page")
    if page is None:
        return paginate(call, items)
    size = call.query.get("page_size")
    size = size if isinstance(size, int) and 0 < size <= 100 else DISCOVERY_PAGE_SIZE
    window = PageWindow(page if isinstance(page, int) and page > 0 else 1, size, len(items))
    return page_number_envelope(window, items, call.url)
