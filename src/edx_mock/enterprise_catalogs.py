"""Enterprise catalogs and their content items (courses, course runs, programs).

Seeded from the docs' examples: the catalog page of enterprise-api-v2.rst names a catalog and
its items; the course, course-run and program examples of enterprise-api.txt §3.12 join it;
the subscription plan's catalog gets the same content. No doc shows a catalog list, so the
list's records are built from those catalogs' own fields.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .calls import Call, Reply, error
from .pagination import paginate
from .state import Examples, derived_uuid


@dataclass
class EnterpriseCatalog:
    fields: dict[str, Any]
    items: list[dict[str, Any]]


def seed(examples: Examples, plan_catalog_uuid: str) -> dict[str, EnterpriseCatalog]:
    page = examples.response("enterprise_catalogs_retrieve")
    items = [
        *page["results"],
        examples.response("enterprise_catalog_courses_retrieve"),
        examples.response("enterprise_catalog_course_runs_retrieve"),
        examples.response("enterprise_catalog_programs_retrieve"),
    ]
    catalogs = {}
    for uuid, title, customer in (
        (page["uuid"], page["title"], page["enterprise_customer"]),
        (plan_catalog_uuid, "Subscription Catalog", None),
    ):
        fields = {
            "uuid": uuid,
            "title": title,
            "enterprise_customer": customer or derived_uuid("customer", uuid),
            "catalog_query_uuid": derived_uuid("catalog-query", uuid),
            "content_last_modified": "2024-01-12T16:45:17.436871Z",
            "catalog_modified": "2023-11-21T21:09:56.175672Z",
            "query_title": f"{title} query",
            "include_exec_ed_2u_courses": False,
        }
        catalogs[uuid] = EnterpriseCatalog(fields, list(items))
    return catalogs


def _catalog(call: Call) -> EnterpriseCatalog | None:
    catalogs: dict[str, EnterpriseCatalog] = call.state.data["enterprise"].catalogs
    return catalogs.get(call.path["catalog_id"])


def enterprise_catalogs_list(call: Call) -> Reply:
    catalogs = call.state.data["enterprise"].catalogs.values()
    return Reply(200, paginate([c.fields for c in catalogs], call.url, call.query,
                               call.declared_query))


def enterprise_catalogs_retrieve(call: Call) -> Reply:
    catalog = _catalog(call)
    if catalog is None:
        return error(404, "No enterprise catalog has this id.")
    page = paginate(catalog.items, call.url, call.query, call.declared_query)
    return Reply(200, {"uuid": catalog.fields["uuid"], "title": catalog.fields["title"],
                       "enterprise_customer": catalog.fields["enterprise_customer"], **page})


def _item(field: str, path_name: str, kind: str) -> Any:
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


HANDLERS = {
    "enterprise_catalogs_list": enterprise_catalogs_list,
    "enterprise_catalogs_retrieve": enterprise_catalogs_retrieve,
    "enterprise_catalog_courses_retrieve": _item("key", "course_key", "course"),
    "enterprise_catalog_course_runs_retrieve": _item("key", "course_run_id", "course run"),
    "enterprise_catalog_programs_retrieve": _item("uuid", "program_uuid", "program"),
}
