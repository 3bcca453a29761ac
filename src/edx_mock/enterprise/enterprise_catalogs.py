"""Enterprise catalogs and their content items (courses, course runs, programs): the list,
one catalog's page of items, and one item by its key or uuid. The seeded catalogs and what
they hold: store.py."""

from __future__ import annotations

from typing import Any

from ..calls import Call, Handler, Reply, error
from ..pagination import paginate
from .store import EnterpriseCatalog, data


def _catalog(call: Call) -> EnterpriseCatalog | None:
    return data(call).catalogs.get(call.path["catalog_id"])


def enterprise_catalogs_list(call: Call) -> Reply:
    catalogs = data(call).catalogs.values()
    return Reply(200, paginate(call, [c.fields for c in catalogs]))


def enterprise_catalogs_retrieve(call: Call) -> Reply:
    catalog = _catalog(call)
    if catalog is None:
        return error(404, "No enterprise catalog has this id.")
    page = paginate(call, catalog.items)
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
    "enterprise_catalog_courses_retrieve": _item("key", "course_key", "course"),
    "enterprise_catalog_course_runs_retrieve": _item("key", "course_run_id", "course run"),
    "enterprise_catalog_programs_retrieve": _item("uuid", "program_uuid", "program"),
}
