"""Enterprise catalogs and their content items (courses, course runs, programs): the list,
one catalog's page of items, and one item by its key or uuid. The seeded catalogs and what
they hold: store.py.

The doc pages a catalog's items with `limit` (20 by default). enterprise-catalog pages them
with edx-drf-extensions' DefaultPagination (`page`, `page_size`: 10 by default, at most 100,
and num_pages, current_page and start in the envelope), can pick items by `content_keys` and
put every item on one page with `traverse_pagination`; the catalog list is filtered by
`enterprise_customer`, and without it holds the catalogs of the customers the caller
administers (every catalog, for a service worker). Catalogs carry no
include_exec_ed_2u_courses.

Not modelled: which courses are active (every seeded item is listed), and the XML rendering.
"""

from __future__ import annotations

from typing import Any

from ..calls import Call, Handler, Reply, error
from ..pagination import PageWindow, numbered_envelope, paginate
from .access import visible_customers
from .store import EnterpriseCatalog, data


def _catalog(call: Call) -> EnterpriseCatalog | None:
    return data(call).catalogs.get(call.path["catalog_id"])


def enterprise_catalogs_list(call: Call) -> Reply:
    catalogs = [c.fields for c in data(call).catalogs.values()]
    customer = call.query.get("enterprise_customer")
    if customer is not None:
        catalogs = [c for c in catalogs if c["enterprise_customer"] == str(customer)]
    elif (visible := visible_customers(call)) is not None:
        catalogs = [c for c in catalogs if c["enterprise_customer"] in visible]
    return Reply(200, paginate(call, catalogs))


def enterprise_catalogs_retrieve(call: Call) -> Reply:
    catalog = _catalog(call)
    if catalog is None:
        return error(404, "No enterprise catalog has this id.")
    items = catalog.items
    keys = call.query.get("content_keys")
    if keys:
        items = [i for i in items if i.get("key") in keys or i.get("uuid") in keys]
    if call.query.get("traverse_pagination") is not None:
        page = {"previous": None, "next": None, "count": len(items), "results": list(items)}
    else:
        page = numbered_envelope(PageWindow.lenient(call.query, len(items)), items, call.url)
    return Reply(200, {"uuid": catalog.fields["uuid"], "title": catalog.fields["title"],
                       "enterprise_customer": catalog.fields["enterprise_customer"], **page})


def _item(field: str, path_name: str, kind: str) -> Handler:
    """A handler answering the catalog item whose `field` equals the path value."""

    def handler(call: Call) -> Reply:
        catalog = _catalog(call)
        if catalog is None:
            return error(404, "No enterprise catalog has this id.")
        wanted = str(call.path[path_name])
        found = next((i for i in catalog.items if str(i.get(field)) == wanted
                      and _kind(i) == kind), None)
        return Reply(200, found) if found else error(404, f"The catalog has no such {kind}.")

    return handler


def _kind(item: dict[str, Any]) -> str:
    if "course_runs" in item:
        return "course"
    if "courses" in item or "type_attrs" in item:
        return "program"
    return "course run"


HANDLERS: dict[str, Handler] = {
    "enterprise_catalogs_list": enterprise_catalogs_list,
    "enterprise_catalogs_retrieve": enterprise_catalogs_retrieve,
    "enterprise_catalogs_courses_retrieve": _item("key", "course_key", "course"),
    "enterprise_catalogs_course_runs_retrieve": _item("key", "course_run_id", "course run"),
    "enterprise_catalogs_programs_retrieve": _item("uuid", "program_uuid", "program"),
}
