"""The courses of a catalog, paged by limit and offset."""

from __future__ import annotations

from ..calls import Call, Handler, Reply, error
from ..pagination import paginate
from .store import data


def catalog_courses_list(call: Call) -> Reply:
    courses = data(call).courses.get(call.path["id"])
    if courses is None:
        return error(404, "No catalog has this id.")
    return Reply(200, paginate(call, courses))


HANDLERS: dict[str, Handler] = {
    "catalog_courses_list": catalog_courses_list,
}
